/* Division and modulo by constants (magic-number multiplication): signed/unsigned, 32/64-bit, by 3, 7, 10, 16, -5. */
#include "proto.h"

volatile int lo_bound = -1000;
volatile int hi_bound = 1234;
volatile unsigned long long ubase = 18446744073709551000ULL;

__attribute__((noinline)) void signed32(int lo, int hi) {
    long s3 = 0, s7 = 0, s10 = 0, s16 = 0, sm5 = 0;
    long m3 = 0, m7 = 0, m10 = 0, m16 = 0, mm5 = 0;
    for (int x = lo;; x++) {
        s3 += x / 3; m3 += x % 3;
        s7 += x / 7; m7 += x % 7;
        s10 += x / 10; m10 += x % 10;
        s16 += x / 16; m16 += x % 16;
        sm5 += x / -5; mm5 += x % -5;
        if (x == hi)
            break;
    }
    printf("s32 div: %ld %ld %ld %ld %ld\n", s3, s7, s10, s16, sm5);
    printf("s32 mod: %ld %ld %ld %ld %ld\n", m3, m7, m10, m16, mm5);
}

__attribute__((noinline)) void unsigned32(unsigned start, unsigned n) {
    unsigned long d3 = 0, d7 = 0, d10 = 0, d16 = 0;
    unsigned long r3 = 0, r7 = 0, r10 = 0, r16 = 0;
    for (unsigned i = 0; i < n; i++) {
        unsigned x = start + i * 2654435761u;
        d3 += x / 3; r3 += x % 3;
        d7 += x / 7; r7 += x % 7;
        d10 += x / 10; r10 += x % 10;
        d16 += x / 16; r16 += x % 16;
    }
    printf("u32 div: %lu %lu %lu %lu\n", d3, d7, d10, d16);
    printf("u32 mod: %lu %lu %lu %lu\n", r3, r7, r10, r16);
}

__attribute__((noinline)) void signed64(long lo, long step, int n) {
    /* Quotients and remainders are signed; the checksum wraps, so it is kept unsigned. */
    unsigned long acc = 0;
    long qsum = 0;
    for (int i = 0; i < n; i++) {
        long x = lo + step * i;
        acc ^= (unsigned long)(x / 3 + x % 3);
        acc ^= (unsigned long)((x / 7) * 5 + x % 7);
        acc += (unsigned long)(x / 10 - x % 10);
        acc += (unsigned long)(x / 16 + x % 16);
        acc ^= (unsigned long)(x / -5 + x % -5);
        qsum += x / 1000000007L;
    }
    printf("s64 acc: %lu qsum: %ld\n", acc, qsum);
}

__attribute__((noinline)) void unsigned64(unsigned long long start, int n) {
    unsigned long long acc = 0;
    for (int i = 0; i < n; i++) {
        unsigned long long x = start + (unsigned long long)i * 0x9e3779b97f4a7c15ULL;
        acc += x / 3 + x % 3;
        acc ^= x / 7 + x % 7;
        acc += x / 10 + x % 10;
        acc ^= x / 16 + x % 16;
        acc += x / 1000000007ULL;
    }
    printf("u64 acc: %llu\n", acc);
}

__attribute__((noinline)) void digits(unsigned long long v) {
    char buf[32];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    printf("digits: ");
    while (n)
        putchar(buf[--n]);
    putchar('\n');
}

int main(void) {
    int lo = lo_bound, hi = hi_bound;
    for (int x = -12; x <= 12; x += 4)
        printf("%d: /3=%d %%3=%d /7=%d %%7=%d /10=%d %%10=%d /16=%d %%16=%d /-5=%d %%-5=%d\n",
               x, x / 3, x % 3, x / 7, x % 7, x / 10, x % 10, x / 16, x % 16, x / -5, x % -5);
    signed32(lo, hi);
    signed32(-2147483647, -2147483647 + 2000);
    signed32(2147483647 - 2000, 2147483647);
    unsigned32(4000000000u, 5000);
    signed64(-4000000000000000000L, 1600000000000000L, 5000);
    unsigned64(ubase, 5000);
    digits(ubase);
    digits(0);
    digits(1234567890123ULL);
    return 0;
}
