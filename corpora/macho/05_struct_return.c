/* Structs passed and returned by value: two ints, int+double, two doubles, 5 longs (memory), float pair. */
#include "proto.h"

volatile int seed = 5;

struct pair { int a, b; };
struct mix { int i; double d; };
struct dpair { double x, y; };
struct big { long v[5]; };
struct fpair { float x, y; };
struct cshort { char tag; short s; int n; };

__attribute__((noinline)) struct pair make_pair(int a, int b) {
    struct pair p = { a, b };
    return p;
}

__attribute__((noinline)) struct pair swap_pair(struct pair p) {
    struct pair r = { p.b, p.a * 2 };
    return r;
}

__attribute__((noinline)) struct mix make_mix(int i, double d) {
    struct mix m = { i * 3, d / 2 };
    return m;
}

__attribute__((noinline)) struct mix scale_mix(struct mix m, int k) {
    m.i *= k;
    m.d *= k;
    return m;
}

__attribute__((noinline)) struct dpair add_dpair(struct dpair p, struct dpair q) {
    struct dpair r = { p.x + q.x, p.y - q.y };
    return r;
}

__attribute__((noinline)) struct big make_big(long seedv) {
    struct big b;
    for (int k = 0; k < 5; k++)
        b.v[k] = seedv * (k + 1) - k;
    return b;
}

__attribute__((noinline)) struct big twist_big(struct big b, long add) {
    struct big r;
    for (int k = 0; k < 5; k++)
        r.v[k] = b.v[4 - k] + add;
    return r;
}

__attribute__((noinline)) long sum_big(struct big b) {
    long s = 0;
    for (int k = 0; k < 5; k++)
        s += b.v[k];
    return s;
}

__attribute__((noinline)) struct fpair mid_fpair(struct fpair a, struct fpair b) {
    struct fpair r = { (a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f };
    return r;
}

__attribute__((noinline)) struct cshort make_cshort(int n) {
    struct cshort c = { (char)('A' + n % 26), (short)(-n * 3), n * 1000 };
    return c;
}

/* Many struct args: pushes some to the stack. */
__attribute__((noinline)) double combine(struct pair p, struct mix m, struct dpair d, struct big b,
                                         struct pair q, struct dpair e, struct mix n) {
    return p.a + p.b + m.i + m.d + d.x + d.y + (double)sum_big(b) + q.a - q.b + e.x * e.y + n.i + n.d;
}

int main(void) {
    int s = seed;
    struct pair p = make_pair(s, s + 10);
    printf("pair: %d %d\n", p.a, p.b);
    p = swap_pair(p);
    printf("swapped: %d %d\n", p.a, p.b);

    struct mix m = make_mix(s, 7.5);
    printf("mix: %d %.3f\n", m.i, m.d);
    m = scale_mix(m, -3);
    printf("scaled: %d %.3f\n", m.i, m.d);

    struct dpair d1 = { 1.25, 2.5 }, d2 = { s * 0.5, 0.125 };
    struct dpair d3 = add_dpair(d1, d2);
    printf("dpair: %.4f %.4f\n", d3.x, d3.y);

    struct big b = make_big(s);
    printf("big:");
    for (int k = 0; k < 5; k++)
        printf(" %ld", b.v[k]);
    printf("\n");
    struct big t = twist_big(b, 100);
    printf("twisted:");
    for (int k = 0; k < 5; k++)
        printf(" %ld", t.v[k]);
    printf("  sum=%ld\n", sum_big(t));

    struct fpair fa = { 1.0f, 2.0f }, fb = { (float)s, -4.0f };
    struct fpair fm = mid_fpair(fa, fb);
    printf("fpair mid: %.3f %.3f\n", (double)fm.x, (double)fm.y);

    struct cshort c = make_cshort(s + 30);
    printf("cshort: %c %d %d\n", c.tag, c.s, c.n);

    printf("combine: %.4f\n", combine(p, m, d3, t, make_pair(1, 2), d1, make_mix(2, 3.0)));

    long chain = 0;
    for (int k = 0; k < 10; k++)
        chain += sum_big(twist_big(make_big(k), k)) + swap_pair(make_pair(k, -k)).b;
    printf("chain: %ld\n", chain);
    return 0;
}
