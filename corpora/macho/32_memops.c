/* memcmp/memmove/memcpy/memchr/memset with overlapping regions, sign of memcmp results, unaligned offsets. */
#include "proto.h"

volatile int vshift = 3;

static int sgn(int v) { return (v > 0) - (v < 0); }

static void show(const char *label, const char *buf, size_t n) {
    printf("%-14s [", label);
    for (size_t i = 0; i < n; i++)
        putchar(buf[i] ? buf[i] : '_');
    printf("]\n");
}

__attribute__((noinline)) void shift_right(char *buf, size_t n, size_t by) {
    memmove(buf + by, buf, n - by);
}

__attribute__((noinline)) void shift_left(char *buf, size_t n, size_t by) {
    memmove(buf, buf + by, n - by);
}

__attribute__((noinline)) void hand_memmove(unsigned char *dst, const unsigned char *src, size_t n) {
    if (dst < src)
        for (size_t i = 0; i < n; i++)
            dst[i] = src[i];
    else
        for (size_t i = n; i > 0; i--)
            dst[i - 1] = src[i - 1];
}

int main(void) {
    char buf[40];
    size_t by = (size_t)vshift;
    memcpy(buf, "0123456789abcdefghijklmnopqrstuvwxyzABC", 40);
    show("start", buf, 39);
    shift_right(buf, 39, by);
    show("move right 3", buf, 39);
    shift_left(buf, 39, by * 2);
    show("move left 6", buf, 39);
    memmove(buf + 10, buf + 10, 5);
    show("self move", buf, 39);
    memset(buf + 30, 0, 9);
    show("memset tail", buf, 39);

    unsigned char a[64], b[64];
    for (int i = 0; i < 64; i++)
        a[i] = b[i] = (unsigned char)(i * 7);
    hand_memmove(a + 5, a, 50);
    memmove(b + 5, b, 50);
    printf("hand vs libc forward overlap equal: %d\n", memcmp(a, b, 64) == 0);
    hand_memmove(a, a + 9, 40);
    memmove(b, b + 9, 40);
    printf("hand vs libc backward overlap equal: %d\n", memcmp(a, b, 64) == 0);

    unsigned char x[] = { 1, 2, 3, 200, 5 }, y[] = { 1, 2, 3, 100, 5 };
    printf("memcmp: %d %d %d %d\n", sgn(memcmp(x, y, 5)), sgn(memcmp(y, x, 5)), sgn(memcmp(x, y, 3)),
           sgn(memcmp("abc", "abd", 3)));
    printf("memcmp len0: %d, high byte unsigned: %d\n", memcmp(x, y, 0), sgn(memcmp("\x80", "\x01", 1)));
    for (size_t off = 0; off < 8; off++) {
        char s1[32], s2[32];
        memset(s1, 'k', sizeof s1);
        memset(s2, 'k', sizeof s2);
        s2[off + 20] = 'j';
        printf("%d", sgn(memcmp(s1 + off, s2 + off, 24)));
    }
    printf("\n");

    const char *hay = "find the needle in the haystack";
    const char *hit = memchr(hay, 'n', strlen(hay));
    const char *miss = memchr(hay, 'z', strlen(hay));
    printf("memchr n at %ld, z %s\n", (long)(hit - hay), miss ? "found" : "missing");

    long words[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    memmove(&words[1], &words[0], 7 * sizeof(long));
    memmove(&words[0], &words[2], 3 * sizeof(long));
    for (int i = 0; i < 8; i++)
        printf("%ld ", words[i]);
    printf("\n");

    char big[300];
    for (int i = 0; i < 300; i++)
        big[i] = (char)('a' + i % 26);
    memmove(big + 1, big, 298);
    memmove(big + 100, big + 37, 150);
    unsigned sum = 0;
    for (int i = 0; i < 300; i++)
        sum = sum * 31 + (unsigned char)big[i];
    printf("big checksum=%08x\n", sum);
    return 0;
}
