/* High half of 64x64 multiplication via unsigned __int128, checked against a 32-bit schoolbook version; mulhi-based tricks. */
#include "proto.h"

volatile uint64_t vseed = 0x243f6a8885a308d3ULL;

__attribute__((noinline)) uint64_t mulhi_u(uint64_t a, uint64_t b) {
    return (uint64_t)(((unsigned __int128)a * b) >> 64);
}

__attribute__((noinline)) int64_t mulhi_s(int64_t a, int64_t b) {
    return (int64_t)(((__int128)a * b) >> 64);
}

__attribute__((noinline)) uint64_t mulhi_manual(uint64_t a, uint64_t b) {
    uint64_t a_lo = (uint32_t)a, a_hi = a >> 32;
    uint64_t b_lo = (uint32_t)b, b_hi = b >> 32;
    uint64_t p0 = a_lo * b_lo, p1 = a_lo * b_hi, p2 = a_hi * b_lo, p3 = a_hi * b_hi;
    uint64_t mid = (p0 >> 32) + (uint32_t)p1 + (uint32_t)p2;
    return p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32);
}

/* Lemire's fast range reduction. */
__attribute__((noinline)) uint64_t fast_range(uint64_t x, uint64_t n) {
    return mulhi_u(x, n);
}

/* Division by 7 via magic multiplier and high half. */
__attribute__((noinline)) uint64_t div7(uint64_t x) {
    uint64_t q = mulhi_u(x, 0x2492492492492493ULL);
    return (((x - q) >> 1) + q) >> 2;
}

/* wyhash-style mixer: fold the 128-bit product. */
__attribute__((noinline)) uint64_t mum(uint64_t a, uint64_t b) {
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static uint64_t splitmix(uint64_t *s) {
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int main(void) {
    uint64_t st = vseed;
    int mismatches = 0, div_bad = 0;
    uint64_t acc = 0;
    for (int i = 0; i < 2000; i++) {
        uint64_t a = splitmix(&st), b = splitmix(&st);
        uint64_t h = mulhi_u(a, b);
        mismatches += h != mulhi_manual(a, b);
        div_bad += div7(a) != a / 7;
        acc ^= h + (uint64_t)mulhi_s((int64_t)a, (int64_t)b) + mum(a, b);
        if (i < 6)
            printf("%016llx * %016llx -> hi %016llx shi %016llx lo %016llx\n", (unsigned long long)a,
                   (unsigned long long)b, (unsigned long long)h, (unsigned long long)mulhi_s((int64_t)a, (int64_t)b),
                   (unsigned long long)(a * b));
    }
    printf("mismatches=%d div7 bad=%d acc=%016llx\n", mismatches, div_bad, (unsigned long long)acc);

    uint64_t edge[] = { 0, 1, 0xffffffffULL, 0x100000000ULL, 0x7fffffffffffffffULL, 0x8000000000000000ULL,
                        0xffffffffffffffffULL };
    for (int i = 0; i < 7; i++)
        for (int j = i; j < 7; j++)
            printf("%d%d:%llx/%llx ", i, j, (unsigned long long)mulhi_u(edge[i], edge[j]),
                   (unsigned long long)mulhi_s((int64_t)edge[i], (int64_t)edge[j]));
    printf("\n");

    unsigned hist[10] = { 0 };
    for (int i = 0; i < 10000; i++)
        hist[fast_range(splitmix(&st), 10)]++;
    for (int i = 0; i < 10; i++)
        printf("%u ", hist[i]);
    printf("\n");
    printf("div7 edge: %llu %llu %llu\n", (unsigned long long)div7(0xffffffffffffffffULL),
           (unsigned long long)div7(6), (unsigned long long)div7(7));
    return mismatches + div_bad;
}
