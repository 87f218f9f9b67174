/* Loops GCC -O2 vectorizes into SSE (constant trip counts): int sum, element-wise add/mul, byte match count, min/max, floats. */
#include "proto.h"

#define LEN 1024

volatile int vseed = 11;

static int a[LEN], b[LEN], c[LEN];
static unsigned char text[LEN];
static short sa[LEN];
static float fa[LEN], fb[LEN];

__attribute__((noinline)) int sum_a(void) {
    int s = 0;
    for (int i = 0; i < LEN; i++)
        s += a[i];
    return s;
}

/* Fixed 16-element window at an arbitrary (unaligned) offset. */
__attribute__((noinline)) int sum16(const int *p) {
    int s = 0;
    for (int i = 0; i < 16; i++)
        s += p[i];
    return s;
}

/* Variable trip count: stays scalar at -O2, used as a cross-check. */
__attribute__((noinline)) long sum_n(const int *v, int n) {
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

__attribute__((noinline)) void add_arrays(void) {
    for (int i = 0; i < LEN; i++)
        c[i] = a[i] + b[i];
}

__attribute__((noinline)) void mul_add(int k) {
    for (int i = 0; i < LEN; i++)
        c[i] = c[i] * 3 + b[i] * k;
}

__attribute__((noinline)) int count_byte(unsigned char want) {
    int count = 0;
    for (int i = 0; i < LEN; i++)
        count += text[i] == want;
    return count;
}

__attribute__((noinline)) int max_c(void) {
    int m = c[0];
    for (int i = 0; i < LEN; i++)
        m = c[i] > m ? c[i] : m;
    return m;
}

__attribute__((noinline)) int min_short(void) {
    short m = sa[0];
    for (int i = 0; i < LEN; i++)
        m = sa[i] < m ? sa[i] : m;
    return m;
}

__attribute__((noinline)) void scale_floats(float k) {
    for (int i = 0; i < LEN; i++)
        fb[i] = fa[i] * k;
}

__attribute__((noinline)) uint32_t xor_reduce(void) {
    uint32_t r = 0;
    for (int i = 0; i < LEN; i++)
        r ^= (uint32_t)a[i];
    return r;
}

__attribute__((noinline)) void to_upper_ascii(void) {
    for (int i = 0; i < LEN; i++)
        text[i] = (text[i] >= 'a' && text[i] <= 'z') ? (unsigned char)(text[i] - 32) : text[i];
}

int main(void) {
    int s = vseed;
    for (int i = 0; i < LEN; i++) {
        a[i] = (i * s) % 1000 - 500;
        b[i] = (i * 7 + s) % 333;
        text[i] = (unsigned char)("abcab cabbage zz"[(i * 3) % 16]);
        sa[i] = (short)((i * 37 + s) % 2000 - 1000);
        fa[i] = (float)(i % 64) * 0.5f;
    }
    printf("sum a=%d (scalar %ld)\n", sum_a(), sum_n(a, LEN));
    for (int off = 0; off < 8; off++)
        printf("sum16@%d=%d ", off * 37, sum16(a + off * 37));
    printf("\n");
    add_arrays();
    printf("sum c=%ld c[0]=%d c[1023]=%d\n", sum_n(c, LEN), c[0], c[LEN - 1]);
    mul_add(-s);
    printf("mul_add sum=%ld c[500]=%d max=%d\n", sum_n(c, LEN), c[500], max_c());
    printf("count 'a'=%d 'b'=%d ' '=%d 'q'=%d\n", count_byte('a'), count_byte('b'), count_byte(' '), count_byte('q'));
    sa[777] = -1234;
    printf("min short=%d\n", min_short());
    scale_floats(2.5f);
    double fsum = 0;
    for (int i = 0; i < LEN; i++)
        fsum += fb[i];
    printf("scaled float sum=%.2f fb[77]=%.2f\n", fsum, (double)fb[77]);
    printf("xor reduce a=%08x\n", xor_reduce());
    to_upper_ascii();
    printf("upper: %.32s\n", (const char *)text);
    return 0;
}
