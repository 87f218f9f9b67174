/* C library functions that take a va_list, called from user variadic functions: formats mixing
   integers, longs, doubles (more than eight, so some come from the overflow area), strings, `*`
   widths and precisions, %%, %n and %c; the scanf family writing through pointers. Built with
   -D_FORTIFY_SOURCE=2 at -O2, so the fortified __v*_chk variants appear there. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char buf[512];

__attribute__((noinline)) int out(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

__attribute__((noinline)) int err(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(stdout, fmt, ap);
    va_end(ap);
    return n;
}

__attribute__((noinline)) int fmt_into(char *dst, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(dst, size, fmt, ap);
    va_end(ap);
    return n;
}

__attribute__((noinline)) int fmt_unbounded(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsprintf(buf, fmt, ap);
    va_end(ap);
    return n;
}

__attribute__((noinline)) char *fmt_alloc(const char *fmt, ...) {
    va_list ap;
    char *s = NULL;
    va_start(ap, fmt);
    if (vasprintf(&s, fmt, ap) < 0)
        s = NULL;
    va_end(ap);
    return s;
}

__attribute__((noinline)) int to_fd(int fd, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vdprintf(fd, fmt, ap);
    va_end(ap);
    return n;
}

__attribute__((noinline)) int parse(const char *text, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsscanf(text, fmt, ap);
    va_end(ap);
    return n;
}

/* both kinds of arguments forwarded twice: va_copy then a second walk */
__attribute__((noinline)) int twice(const char *fmt, ...) {
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int a = vsnprintf(buf, sizeof buf, fmt, ap);
    printf("first: %s\n", buf);
    int b = vsnprintf(buf, sizeof buf, fmt, again);
    printf("again: %s\n", buf);
    va_end(again);
    va_end(ap);
    return a + b;
}

int main(void) {
    int n = out("ints %d %u %ld %lx %hhd %c%c|%5s|%-4d|%%\n", -7, 42u, 1234567890123L, 0xdeadbeefL, 300, 'o', 'k', "ab", 9);
    printf("out wrote %d\n", n);
    n = out("doubles %.3f %g %e %.1f %.2f %.2f %.2f %.2f %.2f %.2f %.2f\n", 3.14159, 2.5e-3, -1e10, 1.0, 2.0, 3.0, 4.0, 5.0,
            6.0, 7.0, 8.5);
    printf("out wrote %d\n", n);
    n = out("mixed %d %.2f %s %ld %.3f %d %.1f %d %d %d %.1f %.1f %.1f %.1f %.1f %d\n", 1, 2.25, "three", 4L, 5.125, 6, 7.5,
            8, 9, 10, 11.5, 12.5, 13.5, 14.5, 15.5, 16);
    printf("out wrote %d\n", n);
    n = err("star widths [%*d] [%-*.*f] [%.*s]\n", 6, 42, 9, 2, 3.14159, 3, "abcdef");
    printf("err wrote %d\n", n);
    int count = 0;
    n = fmt_into(buf, sizeof buf, "%s-%d%n-%.4f", "count", 77, &count, 0.5);
    printf("fmt_into %d count %d: %s\n", n, count, buf);
    n = fmt_into(buf, 8, "truncated %d %d", 123456, 789);
    printf("fmt_into %d: %s\n", n, buf);
    n = fmt_unbounded("%08.3f|%+d|%x|%o", -2.5, 17, 255u, 8u);
    printf("fmt_unbounded %d: %s\n", n, buf);
    char *s = fmt_alloc("alloc %s %d %.2f", "here", 3, 0.75);
    printf("fmt_alloc: %s\n", s ? s : "(null)");
    free(s);
    fflush(stdout);
    n = to_fd(1, "to_fd %d %.1f %s\n", 5, 6.5, "seven");
    printf("to_fd wrote %d\n", n);
    int i = 0;
    long l = 0;
    double d = 0;
    char word[16] = { 0 };
    char set[16] = { 0 };
    n = parse("12 -345678901234 6.25 hello abc123", "%d %ld %lf %15s %15[a-z]", &i, &l, &d, word, set);
    printf("parse %d: %d %ld %.2f %s %s\n", n, i, l, d, word, set);
    n = parse("skip 99 x", "%*s %d", &i);
    printf("parse %d: %d\n", n, i);
    n = twice("%d/%s/%.1f/%ld", 1, "two", 3.5, 4L);
    printf("twice %d\n", n);
    return 0;
}
