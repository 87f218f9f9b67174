/* Zeroing and pattern fills that Apple clang lowers to Darwin-only entry points: bzero / __bzero for
 * memset(p, 0, n) and explicit bzero, memset_pattern16/8/4 for repeating patterns. */
#include "proto.h"

void bzero(void *, size_t);
#ifdef __APPLE__
void memset_pattern4(void *, const void *, size_t);
void memset_pattern8(void *, const void *, size_t);
void memset_pattern16(void *, const void *, size_t);
#else
/* what the Darwin routines do: repeat the pattern over len bytes, the last copy cut short */
static void fill_pattern(unsigned char *b, const unsigned char *p, size_t plen, size_t len) {
    for (size_t i = 0; i < len; i++)
        b[i] = p[i % plen];
}
void memset_pattern4(void *b, const void *p, size_t len) { fill_pattern(b, p, 4, len); }
void memset_pattern8(void *b, const void *p, size_t len) { fill_pattern(b, p, 8, len); }
void memset_pattern16(void *b, const void *p, size_t len) { fill_pattern(b, p, 16, len); }
#endif

volatile size_t vlen = 77;

static unsigned sum_bytes(const unsigned char *p, size_t n) {
    unsigned s = 0;
    for (size_t i = 0; i < n; i++)
        s = s * 31 + p[i];
    return s;
}

__attribute__((noinline)) void clear(void *p, size_t n) { memset(p, 0, n); }

__attribute__((noinline)) void fill_ints(int *a, size_t n) {
    for (size_t i = 0; i < n; i++)
        a[i] = 0x01020304;
}

int main(void) {
    unsigned char buf[200];
    for (int i = 0; i < 200; i++)
        buf[i] = (unsigned char)(i * 7 + 1);
    clear(buf + 3, vlen);
    printf("after clear: %u first=%d mid=%d last=%d\n", sum_bytes(buf, 200), buf[2], buf[40], buf[80]);
    bzero(buf + 100, vlen / 2);
    printf("after bzero: %u\n", sum_bytes(buf, 200));
    static const unsigned char pat16[16] = { 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p' };
    static const unsigned char pat8[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    static const unsigned char pat4[4] = { 0xde, 0xad, 0xbe, 0xef };
    memset_pattern16(buf, pat16, vlen);
    printf("pattern16: %.40s %u\n", (char *)buf, sum_bytes(buf, 200));
    memset_pattern8(buf + 10, pat8, vlen - 70);
    memset_pattern4(buf + 30, pat4, 13);
    printf("pattern8/4: %u %d %d %d\n", sum_bytes(buf, 200), buf[17], buf[18], buf[42]);
    int ints[64];
    fill_ints(ints, 64);
    printf("fill_ints: %u\n", sum_bytes((unsigned char *)ints, sizeof ints));
    long zeros[32];
    memset(zeros, 0, sizeof zeros);
    zeros[5] = 9;
    long s = 0;
    for (int i = 0; i < 32; i++)
        s += zeros[i] * (i + 1);
    printf("zeros: %ld\n", s);
    return 0;
}
