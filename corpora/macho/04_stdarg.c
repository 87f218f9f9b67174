/* User-written variadic functions via stdarg.h: va_arg of ints, longs, doubles, va_copy, vsnprintf forwarding. */
#include "proto.h"

volatile int seed = 7;

__attribute__((noinline)) int sum_ints(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int total = 0;
    for (int k = 0; k < n; k++)
        total += va_arg(ap, int);
    va_end(ap);
    return total;
}

__attribute__((noinline)) double avg_doubles(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double total = 0;
    for (int k = 0; k < n; k++)
        total += va_arg(ap, double);
    va_end(ap);
    return n ? total / n : 0.0;
}

/* Type string: i=int, l=long, d=double, s=string. */
__attribute__((noinline)) double mixed_sum(const char *types, ...) {
    va_list ap;
    va_start(ap, types);
    double total = 0;
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': total += va_arg(ap, int); break;
        case 'l': total += (double)va_arg(ap, long); break;
        case 'd': total += va_arg(ap, double); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            while (*s++)
                total += 1;
            break;
        }
        }
    }
    va_end(ap);
    return total;
}

/* Walks the list twice using va_copy. */
__attribute__((noinline)) long max_and_sum(int n, ...) {
    va_list ap, ap2;
    va_start(ap, n);
    va_copy(ap2, ap);
    long best = -1000000;
    for (int k = 0; k < n; k++) {
        long v = va_arg(ap, long);
        if (v > best)
            best = v;
    }
    long sum = 0;
    for (int k = 0; k < n; k++)
        sum += va_arg(ap2, long);
    va_end(ap2);
    va_end(ap);
    return best * 1000 + sum;
}

static char logbuf[256];

__attribute__((noinline)) int logf_like(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(logbuf, sizeof logbuf, fmt, ap);
    va_end(ap);
    printf("log[%d]: %s\n", n, logbuf);
    return n;
}

int main(void) {
    int s = seed;
    printf("sum_ints(0) = %d\n", sum_ints(0));
    printf("sum_ints(3) = %d\n", sum_ints(3, s, s * 2, s * 3));
    printf("sum_ints(12) = %d\n", sum_ints(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, s));
    printf("avg_doubles(4) = %.6f\n", avg_doubles(4, 1.5, 2.5, 3.25, (double)s));
    printf("avg_doubles(11) = %.6f\n", avg_doubles(11, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0,
                                                 9.0, 10.0, s / 4.0));
    printf("mixed_sum = %.3f\n", mixed_sum("idlsidldidid", s, 0.25, 100000000000L, "hello", -3,
                                           1.125, -5L, 2.0, 9, 0.5, 10, 0.0625));
    printf("max_and_sum = %ld\n", max_and_sum(9, 5L, -2L, 17L, 3L, (long)s, 99L, -50L, 8L, 1L));
    int n = logf_like("%s=%d %s=%.3f %s=%ld", "a", s, "b", s / 3.0, "c", -123456789012L);
    return n == 27 ? 0 : 1;
}
