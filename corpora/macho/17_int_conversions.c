/* Integer conversions: sign/zero extension between char/short/int/long, truncation, unsigned wraparound, mixed comparisons. */
#include "proto.h"

volatile int vseed = 0x12345687;
volatile long vlong = -5000000000L;

__attribute__((noinline)) long widen_sc(signed char c) { return c; }
__attribute__((noinline)) long widen_uc(unsigned char c) { return c; }
__attribute__((noinline)) long widen_ss(short s) { return s; }
__attribute__((noinline)) long widen_us(unsigned short s) { return s; }
__attribute__((noinline)) long widen_si(int i) { return i; }
__attribute__((noinline)) unsigned long widen_ui(unsigned i) { return i; }
__attribute__((noinline)) signed char narrow_sc(long v) { return (signed char)v; }
__attribute__((noinline)) unsigned short narrow_us(long v) { return (unsigned short)v; }
__attribute__((noinline)) int narrow_si(long v) { return (int)v; }

/* Returns narrow types: the callee-side extension must be correct at the caller. */
__attribute__((noinline)) short add_shorts(short a, short b) { return (short)(a + b); }
__attribute__((noinline)) unsigned char add_uchars(unsigned char a, unsigned char b) { return (unsigned char)(a + b); }
__attribute__((noinline)) _Bool to_bool(long v) { return v; }

int main(void) {
    int s = vseed;
    for (int k = 0; k < 4; k++) {
        int v = s >> (k * 8);
        printf("v=%08x sc=%ld uc=%ld ss=%ld us=%ld\n", (unsigned)v, widen_sc((signed char)v),
               widen_uc((unsigned char)v), widen_ss((short)v), widen_us((unsigned short)v));
    }
    int neg = -s;
    printf("neg=%d si=%ld ui=%lu (long)(unsigned)neg=%ld\n", neg, widen_si(neg), widen_ui((unsigned)neg),
           (long)(unsigned)neg);

    long L = vlong;
    printf("narrow: sc=%d us=%u si=%d\n", narrow_sc(L), narrow_us(L), narrow_si(L));
    printf("narrow pos: sc=%d us=%u si=%d\n", narrow_sc(-L + 200), narrow_us(-L + 70000), narrow_si(-L));

    unsigned u = 0;
    u -= 1;
    printf("0u-1 = %u, +2 = %u, *3 = %u\n", u, u + 2, u * 3);
    unsigned short us = 65535;
    us = (unsigned short)(us + 1);
    unsigned char uc = 250;
    uc = (unsigned char)(uc + 10);
    printf("us wrap=%u uc wrap=%u\n", us, uc);
    uint64_t big = 0;
    big -= 5;
    printf("u64 wrap: %llu\n", (unsigned long long)big);

    /* Usual arithmetic conversions. */
    int minus_one = -1 + (vseed & 0);
    unsigned one = 1u + (unsigned)(vseed & 0);
    printf("-1 < 1u: %d, -1L < 1u: %d, (unsigned char)-1 < 1: %d\n", (unsigned)minus_one < one,
           (long)minus_one < (long)one, (unsigned char)minus_one < 1);
    short sa = -300, sb = 200;
    printf("short mul promotes: %d, add_shorts wrap: %d\n", sa * sb, add_shorts(30000, (short)(sb * 20)));
    printf("add_uchars: %u %u\n", add_uchars(200, 100), add_uchars(1, 2));
    printf("bool: %d %d %d\n", to_bool(0), to_bool(vlong), to_bool(1L << 40));

    signed char scs[] = { -128, -1, 0, 1, 127 };
    long total = 0;
    unsigned long utotal = 0;
    for (int i = 0; i < 5; i++) {
        total += scs[i];
        utotal += (unsigned char)scs[i];
        printf("sc=%d as uint=%u as ulong=%lu as ushort=%u\n", scs[i], (unsigned)scs[i], (unsigned long)scs[i],
               (unsigned short)scs[i]);
    }
    printf("total=%ld utotal=%lu\n", total, utotal);

    /* Mixed-size arithmetic in a loop. */
    uint8_t bytes[16];
    uint16_t halves[16];
    int32_t mix = 0;
    for (int i = 0; i < 16; i++) {
        bytes[i] = (uint8_t)((unsigned)s * (unsigned)(i + 1) >> 3);
        halves[i] = (uint16_t)((unsigned)s * (unsigned)(i + 3));
    }
    for (int i = 0; i < 16; i++)
        mix += (int8_t)bytes[i] * (int16_t)halves[i] / 64;
    printf("mix=%d\n", mix);
    int64_t acc64 = 0;
    for (int i = 0; i < 16; i++)
        acc64 += (int64_t)(int32_t)((uint32_t)halves[i] << 16) + (uint32_t)bytes[i];
    printf("acc64=%lld\n", (long long)acc64);
    return 0;
}
