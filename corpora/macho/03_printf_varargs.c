/* printf varargs with mixed ints/doubles/strings, more than 8 FP varargs, width/precision/flags. */
#include "proto.h"

volatile int vi = 42;
volatile long vl = -1234567890123L;
volatile double vd = 3.14159265358979;
volatile unsigned vu = 0xdeadbeefu;

int main(void) {
    int i = vi;
    long l = vl;
    double d = vd;
    unsigned u = vu;
    const char *s = "translator";
    char c = 'Q';

    printf("%d %f %g %e\n", i, d, d, d);
    printf("%ld %x %s %c\n", l, u, s, c);
    printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", i, i, i, i, i);
    printf("[%10.3f] [%-10.2f] [%+.1e] [%G] [%E]\n", d, d, d, d * 1e10, d / 1e10);
    printf("[%#x] [%#o] [%X] [%lx] [%lu]\n", u, 511u, u, (unsigned long)l, (unsigned long)l);
    printf("[%.3s] [%8s] [%-8s|] [%c%c%c]\n", s, "ab", "cd", 'x', 'y', 'z');
    printf("[%hhd] [%hd] [%hhu] [%hu]\n", (signed char)-5, (short)-1234, (unsigned char)250, (unsigned short)65000);
    printf("[%lld] [%llu] [%llx]\n", (long long)l * 3, 18446744073709551615ULL, 0x123456789abcdefULL);
    printf("[%*d] [%-*d] [%.*f]\n", 6, i, 6, i, 2, d);
    printf("%% literal and %s at end\n", "string");

    /* 12 doubles interleaved with ints: spills FP varargs onto the stack. */
    printf("%f %d %f %d %f %d %f %d %f %d %f %d %f %f %f %f %f %f\n",
           d, 1, d * 2, 2, d * 3, 3, d * 4, 4, d * 5, 5, d * 6, 6,
           d * 7, d * 8, d * 9, d * 10, d * 11, d * 12);
    /* Many ints: spills integer varargs. */
    printf("%d %d %d %d %d %d %d %d %d %d %ld %ld\n", i, i + 1, i + 2, i + 3, i + 4, i + 5,
           i + 6, i + 7, i + 8, i + 9, l, l / 7);
    /* Floats are promoted to double. */
    float fl = (float)d;
    printf("float promoted: %.5f %g\n", fl, fl * 2.0f);
    printf("%g %g %g %g %g\n", 0.0001, 100000.0, 1000000.0, 1e-5, 123456789.0);
    printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5 * 3);

    char buf[128];
    int n = snprintf(buf, sizeof buf, "%s-%d-%.2f-%c", s, i, d, c);
    printf("snprintf -> %d \"%s\"\n", n, buf);
    n = snprintf(buf, 8, "%d%d%d", i * 300, i + 67890, -i);
    printf("truncated -> %d \"%s\"\n", n, buf);
    int count = printf("%s %d\n", "count me", 7);
    printf("printf returned %d\n", count);
    return 0;
}
