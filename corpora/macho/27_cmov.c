/* Branchless selects that GCC turns into cmov/setcc: min/max/abs/clamp/sign in loops over signed and unsigned data. */
#include "proto.h"

volatile int vseed = 17;

static int data[64];
static unsigned udata[64];

__attribute__((noinline)) int imin(int a, int b) { return a < b ? a : b; }
__attribute__((noinline)) int imax(int a, int b) { return a > b ? a : b; }
__attribute__((noinline)) unsigned umin(unsigned a, unsigned b) { return a < b ? a : b; }
__attribute__((noinline)) long labs_sel(long a) { return a < 0 ? -a : a; }
__attribute__((noinline)) int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
__attribute__((noinline)) int sign(int v) { return (v > 0) - (v < 0); }
__attribute__((noinline)) long select_long(int cond, long a, long b) { return cond ? a : b; }
__attribute__((noinline)) unsigned sat_add_u8(unsigned a, unsigned b) {
    unsigned s = (a & 255) + (b & 255);
    return s > 255 ? 255 : s;
}
__attribute__((noinline)) int sat_sub_i16(int a, int b) {
    int d = a - b;
    return d > 32767 ? 32767 : d < -32768 ? -32768 : d;
}

int main(void) {
    unsigned st = (unsigned)vseed;
    for (int i = 0; i < 64; i++) {
        st = st * 1103515245u + 12345u;
        data[i] = (int)(st >> 12) % 2001 - 1000;
        udata[i] = st;
    }
    int mn = data[0], mx = data[0];
    long abs_sum = 0;
    int clamped_sum = 0, signs = 0;
    unsigned umn = udata[0];
    for (int i = 0; i < 64; i++) {
        mn = imin(mn, data[i]);
        mx = imax(mx, data[i]);
        umn = umin(umn, udata[i]);
        abs_sum += labs_sel(data[i]);
        clamped_sum += clamp(data[i], -250, 300);
        signs += sign(data[i]) * (i + 1);
    }
    printf("min=%d max=%d umin=%u abs_sum=%ld clamped=%d signs=%d\n", mn, mx, umn, abs_sum, clamped_sum, signs);

    /* Inline versions that -O2 turns into cmov chains. */
    int best = -1, best_idx = -1, count_pos = 0;
    long sel_total = 0;
    for (int i = 0; i < 64; i++) {
        int v = data[i];
        int better = v > best;
        best_idx = better ? i : best_idx;
        best = better ? v : best;
        count_pos += v > 0;
        sel_total += select_long(v & 1, v, -2L * v);
        int a = v < 0 ? -v : v;
        sel_total += a > 500 ? 1 : 0;
    }
    printf("best=%d at %d pos=%d sel_total=%ld\n", best, best_idx, count_pos, sel_total);

    unsigned sat = 0;
    for (int i = 0; i < 64; i++)
        sat += sat_add_u8(udata[i] >> 4, udata[i] >> 20);
    printf("sat_add_u8 total=%u\n", sat);
    int s16 = 0;
    for (int i = 0; i < 64; i++)
        s16 += sat_sub_i16(data[i] * 40, data[63 - i] * 41);
    printf("sat_sub_i16 total=%d\n", s16);

    int64_t lo64 = INT64_MAX, hi64 = INT64_MIN;
    for (int i = 0; i < 64; i++) {
        int64_t v = (int64_t)data[i] * 1000000007LL;
        lo64 = v < lo64 ? v : lo64;
        hi64 = v > hi64 ? v : hi64;
    }
    printf("lo64=%lld hi64=%lld\n", (long long)lo64, (long long)hi64);

    int hist[5] = { 0 };
    for (int i = 0; i < 64; i++) {
        int bucket = (data[i] + 1000) / 400;
        hist[bucket > 4 ? 4 : bucket]++;
    }
    printf("hist: %d %d %d %d %d\n", hist[0], hist[1], hist[2], hist[3], hist[4]);
    return 0;
}
