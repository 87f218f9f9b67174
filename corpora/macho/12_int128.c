/* __int128 arithmetic: multiply, add with carry, shifts, divide/modulo by constants and variables, printing via 64-bit halves. */
#include "proto.h"

typedef unsigned __int128 u128;
typedef __int128 i128;

volatile uint64_t va = 0xfedcba9876543210ULL;
volatile uint64_t vb = 0x0f1e2d3c4b5a6978ULL;
volatile int64_t vneg = -123456789012345LL;
volatile uint64_t vdiv = 1000000007ULL;

static void print_hex(const char *label, u128 v) {
    printf("%s = 0x%016llx%016llx\n", label, (unsigned long long)(v >> 64), (unsigned long long)v);
}

/* Decimal printing by repeated division by 10^19. */
static void print_dec(const char *label, u128 v) {
    const uint64_t p19 = 10000000000000000000ULL;
    uint64_t lo = (uint64_t)(v % p19);
    u128 rest = v / p19;
    uint64_t mid = (uint64_t)(rest % p19);
    uint64_t hi = (uint64_t)(rest / p19);
    if (hi)
        printf("%s = %llu%019llu%019llu\n", label, (unsigned long long)hi, (unsigned long long)mid, (unsigned long long)lo);
    else if (mid)
        printf("%s = %llu%019llu\n", label, (unsigned long long)mid, (unsigned long long)lo);
    else
        printf("%s = %llu\n", label, (unsigned long long)lo);
}

static void print_signed(const char *label, i128 v) {
    if (v < 0) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s (neg)", label);
        print_dec(buf, (u128)0 - (u128)v);
    } else {
        print_dec(label, (u128)v);
    }
}

__attribute__((noinline)) u128 mul128(u128 a, u128 b) { return a * b; }
__attribute__((noinline)) u128 div128(u128 a, u128 b) { return a / b; }
__attribute__((noinline)) i128 sdiv128(i128 a, i128 b) { return a / b; }
__attribute__((noinline)) i128 smod128(i128 a, i128 b) { return a % b; }

__attribute__((noinline)) u128 factorial(unsigned n) {
    u128 r = 1;
    for (unsigned i = 2; i <= n; i++)
        r *= i;
    return r;
}

int main(void) {
    u128 a = va, b = vb;
    u128 prod = mul128(a, b);
    print_hex("a*b", prod);
    print_dec("a*b", prod);
    u128 sum = prod + prod + a;
    print_hex("2ab+a", sum);
    print_hex("a<<70", a << 70);
    print_hex("prod>>37", prod >> 37);
    print_hex("~prod", ~prod);
    print_hex("prod/10", prod / 10);
    print_hex("prod%10", prod % 10);
    print_hex("prod/7", prod / 7);
    print_hex("prod/var", div128(prod, vdiv));
    print_hex("prod%var", prod % vdiv);
    print_dec("30!", factorial(30));
    print_dec("34!", factorial(34));

    i128 n = vneg;
    i128 sq = n * n;
    print_signed("neg^2", sq);
    print_signed("neg*big", n * (i128)va);
    print_signed("neg/7", sdiv128(n * 1000003, 7));
    print_signed("neg%7", smod128(n * 1000003, 7));
    print_signed("neg/-13", sdiv128(sq, -13));
    printf("compare: %d %d %d\n", n < 0, sq > (i128)va, (u128)n > a);

    /* Fibonacci up to the largest that fits in u128. */
    u128 f0 = 0, f1 = 1;
    int idx = 1;
    while (f1 <= ((u128)0 - 1) - f0) {
        u128 t = f0 + f1;
        f0 = f1;
        f1 = t;
        idx++;
    }
    printf("largest fib index in u128: %d\n", idx);
    print_dec("fib", f1);

    /* 64x64 -> 128 carry chain check. */
    uint64_t lo = (uint64_t)prod, hi = (uint64_t)(prod >> 64);
    u128 rebuilt = ((u128)hi << 64) | lo;
    printf("rebuild ok: %d\n", rebuilt == prod);
    return 0;
}
