/* Bit manipulation: hand popcount vs __builtin_popcount, ctz/clz, rotates, byte swaps, parity, bit reversal. */
#include "proto.h"

volatile uint64_t seed = 0x0123456789abcdefULL;

__attribute__((noinline)) int popcount_hand(uint64_t x) {
    int n = 0;
    while (x) {
        x &= x - 1;
        n++;
    }
    return n;
}

__attribute__((noinline)) int popcount_swar(uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (int)((x * 0x01010101u) >> 24);
}

static inline uint32_t rotl32(uint32_t x, unsigned r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }
static inline uint64_t rotr64(uint64_t x, unsigned r) { return (x >> (r & 63)) | (x << ((64 - r) & 63)); }

__attribute__((noinline)) uint32_t bswap32_hand(uint32_t x) {
    return (x >> 24) | ((x >> 8) & 0xff00u) | ((x << 8) & 0xff0000u) | (x << 24);
}

__attribute__((noinline)) uint32_t reverse_bits(uint32_t x) {
    uint32_t r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    return r;
}

__attribute__((noinline)) int parity_hand(uint64_t x) {
    x ^= x >> 32;
    x ^= x >> 16;
    x ^= x >> 8;
    x ^= x >> 4;
    x ^= x >> 2;
    x ^= x >> 1;
    return (int)(x & 1);
}

__attribute__((noinline)) uint32_t next_pow2(uint32_t v) {
    v--;
    v |= v >> 1;
    v |= v >> 2;
    v |= v >> 4;
    v |= v >> 8;
    v |= v >> 16;
    return v + 1;
}

static uint64_t xorshift(uint64_t *s) {
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

int main(void) {
    uint64_t st = seed;
    int mismatches = 0;
    for (int i = 0; i < 12; i++) {
        uint64_t v = xorshift(&st);
        uint32_t w = (uint32_t)v;
        int ph = popcount_hand(v), pb = __builtin_popcountll(v);
        int p32 = popcount_swar(w), pb32 = __builtin_popcount(w);
        mismatches += (ph != pb) + (p32 != pb32) + (parity_hand(v) != __builtin_parityll(v));
        printf("%016llx pop=%d pop32=%d ctz=%d clz=%d ctz32=%d clz32=%d par=%d\n",
               (unsigned long long)v, ph, p32, __builtin_ctzll(v | (1ULL << 63)), __builtin_clzll(v | 1),
               __builtin_ctz(w | 0x80000000u), __builtin_clz(w | 1u), parity_hand(v));
    }
    printf("mismatches: %d\n", mismatches);

    uint32_t x = (uint32_t)seed;
    for (unsigned r = 0; r < 40; r += 7)
        printf("rotl32(%08x,%u)=%08x rotr64=%016llx\n", x, r, rotl32(x, r),
               (unsigned long long)rotr64(seed, r));

    printf("bswap32: %08x %08x\n", bswap32_hand(x), __builtin_bswap32(x));
    printf("bswap64: %016llx\n", (unsigned long long)__builtin_bswap64(seed));
    printf("bswap16: %04x\n", (unsigned)__builtin_bswap16((uint16_t)x));
    printf("reverse_bits: %08x\n", reverse_bits(x));

    for (int k = 1; k <= 64; k *= 2) {
        uint64_t m = k == 64 ? ~0ULL : ((1ULL << k) - 1);
        printf("mask %2d: %016llx low bit of ~m: %d\n", k, (unsigned long long)m,
               m == ~0ULL ? -1 : __builtin_ctzll(~m));
    }

    uint32_t y = 0xb6e3a5c1u ^ (uint32_t)(seed >> 32);
    printf("lowest set: %08x clear lowest: %08x smear: %08x\n", y & (0u - y), y & (y - 1), y | (y - 1));
    uint32_t small = y >> 8;
    printf("next pow2 >= %u: %u\n", small, next_pow2(small));
    printf("ffs=%d ffsll=%d clrsb=%d\n", __builtin_ffs((int)(y & 0x7fffffff)),
           __builtin_ffsll((long long)(seed & 0xffff00)), __builtin_clrsb((int)(y >> 4)));
    return mismatches;
}
