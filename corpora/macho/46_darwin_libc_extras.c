/* BSD string functions only Darwin's libc has (strlcpy, strlcat and their object-size checked
 * forms), and the paired sin/cos and exp10 calls Apple clang forms at -O2 (__sincos_stret,
 * __sincosf_stret, __exp10). */
#include "proto.h"

#ifdef __APPLE__
size_t strlcpy(char *, const char *, size_t);
size_t strlcat(char *, const char *, size_t);
/* what <secure/_string.h> calls under _FORTIFY_SOURCE */
size_t __strlcpy_chk(char *, const char *, size_t, size_t);
size_t __strlcat_chk(char *, const char *, size_t, size_t);
#else
/* the BSD contract, for the Linux build of this program (glibc 2.36 has neither) */
size_t strlcpy(char *dst, const char *src, size_t size) {
    size_t n = strlen(src);
    if (size) {
        size_t k = n < size - 1 ? n : size - 1;
        memcpy(dst, src, k);
        dst[k] = 0;
    }
    return n;
}
size_t strlcat(char *dst, const char *src, size_t size) {
    size_t d = 0;
    while (d < size && dst[d])
        d++;
    if (d == size)
        return size + strlen(src);
    return d + strlcpy(dst + d, src, size - d);
}
#endif
double sin(double);
float sinf(float);
float cosf(float);

volatile double vx = 0.75;
volatile float vf = 1.25f;
volatile size_t vsize = 10;

__attribute__((noinline)) size_t checked_copy(char *dst, size_t dstsize, const char *src, size_t n) {
#ifdef __APPLE__
    return __strlcpy_chk(dst, src, n, dstsize);
#else
    (void)dstsize;
    return strlcpy(dst, src, n);
#endif
}

__attribute__((noinline)) size_t checked_cat(char *dst, size_t dstsize, const char *src, size_t n) {
#ifdef __APPLE__
    return __strlcat_chk(dst, src, n, dstsize);
#else
    (void)dstsize;
    return strlcat(dst, src, n);
#endif
}

__attribute__((noinline)) double polar(double r, double a, double *y) {
    *y = r * sin(a);
    return r * cos(a);
}

__attribute__((noinline)) float fpolar(float r, float a) {
    return r * sinf(a) + 2.0f * cosf(a);
}

__attribute__((noinline)) double decibels(double db) { return pow(10.0, db / 10.0); }

int main(void) {
    char buf[16];
    size_t n = strlcpy(buf, "a long source string", sizeof buf);
    printf("strlcpy: %zu '%s'\n", n, buf);
    n = strlcpy(buf, "short", vsize);
    printf("strlcpy: %zu '%s'\n", n, buf);
    n = strlcat(buf, "+tail", sizeof buf);
    printf("strlcat: %zu '%s'\n", n, buf);
    n = strlcat(buf, "-overflowing", sizeof buf);
    printf("strlcat: %zu '%s'\n", n, buf);
    n = strlcat(buf, "x", 4);
    printf("strlcat full: %zu '%s'\n", n, buf);
    n = strlcpy(buf, "zero", 0);
    printf("strlcpy size 0: %zu\n", n);
    n = checked_copy(buf, sizeof buf, "checked copy", vsize);
    printf("strlcpy_chk: %zu '%s'\n", n, buf);
    n = checked_cat(buf, sizeof buf, "++", sizeof buf);
    printf("strlcat_chk: %zu '%s'\n", n, buf);
    double y;
    double x = polar(2.0, vx, &y);
    printf("polar: %.9f %.9f\n", x, y);
    printf("fpolar: %.5f\n", fpolar(3.0f, vf));
    printf("decibels: %.6f %.6f\n", decibels(vx * 10), decibels(-3.0));
    return 0;
}
