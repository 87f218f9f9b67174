/* Data layouts with Mach-O specifics: common symbols and zero-fill with power-of-two alignment,
 * globals reached through the GOT, tentative definitions, large aligned arrays, static locals,
 * float literal pools, jump tables, and function-pointer tables in __DATA,__const. */
#include "proto.h"

int common_counter;                          /* tentative: .comm with -fcommon */
long common_table[37];
static char zero_filled[100] __attribute__((aligned(64)));
static double dzero[9];
__attribute__((aligned(32))) int aligned_ints[16] = { 1, 2, 3 };
double weights[4] = { 0.25, 0.5, 1.5, -2.75 };
float fweights[3] = { 1.5f, -0.125f, 3.0f };
const char *const names[] = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" };

volatile int vsel = 3;

__attribute__((noinline)) int *counter_addr(void) { return &common_counter; }

__attribute__((noinline)) double scale(double x, int k) {
    switch (k) {
    case 0: return x * 1.25;
    case 1: return x / 3.0 + 0.1;
    case 2: return x - 2.5e-3;
    case 3: return -x * 7.75;
    case 4: return x + 1e10;
    case 5: return x * x * 0.3333;
    case 6: return 42.0;
    default: return x;
    }
}

__attribute__((noinline)) float fscale(float x, int k) {
    return k & 1 ? x * 0.1f + 2.5f : x * fweights[k % 3] - 0.75f;
}

static int add1(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int neg(int x) { return -x; }
static int sq(int x) { return x * x; }
static int (*const ops[])(int) = { add1, dbl, neg, sq };

__attribute__((noinline)) const char *classify(int c) {
    switch (c) {
    case 'a': return "a-ish";
    case 'b': return "b-ish";
    case 'c': return "c-ish";
    case 'd': return "d-ish";
    case 'e': return "e-ish";
    case 'f': return "f-ish";
    case 'g': return "g-ish";
    default: return "other";
    }
}

int main(void) {
    for (int i = 0; i < 37; i++)
        common_table[i] = i * i - 3;
    *counter_addr() += 5;
    common_counter *= 3;
    zero_filled[vsel] = 'q';
    zero_filled[99] = 'z';
    long t = 0;
    for (int i = 0; i < 37; i++)
        t += common_table[i];
    printf("common: %d %ld aligned=%d\n", common_counter, t, (int)((unsigned long)zero_filled % 64));
    printf("zero_filled: %d %d %d\n", zero_filled[0], zero_filled[vsel], zero_filled[99]);
    for (int i = 0; i < 9; i++)
        dzero[i] += i * 0.5;
    printf("dzero: %.2f %.2f\n", dzero[0], dzero[8]);
    printf("aligned_ints: %d %d %d %d\n", aligned_ints[0], aligned_ints[2], aligned_ints[15], (int)((unsigned long)aligned_ints % 32));
    double s = 0;
    for (int k = 0; k < 8; k++)
        s += scale(weights[k % 4] + k, k);
    printf("scale: %.6f\n", s);
    float fs = 0;
    for (int k = 0; k < 6; k++)
        fs += fscale((float)k, k);
    printf("fscale: %.5f\n", fs);
    int v = vsel;
    for (int k = 0; k < 8; k++)
        v = ops[(k + vsel) % 4](v) % 1000;
    printf("ops: %d\n", v);
    for (const char *p = "abcxgfz"; *p; p++)
        printf("%c=%s ", *p, classify(*p));
    printf("\nnames: %s %s\n", names[vsel], names[(vsel * 5) % 8]);
    return 0;
}
