#include <stdio.h>
#include "structs.h"

struct big ext_big(long x) { struct big r = { x + 1, x + 2, x + 3 }; return r; }
struct two_f ext_two_f(float a, float b) { struct two_f r = { a * b, a + b }; return r; }
double ext_sum_pair(struct pair_ld p) { return p.a + p.d; }
long ext_index(int i, const long *table) { return table[i]; }
unsigned char ext_u8(int x) { return (unsigned char)x; }

int main(void) {
  for (int k = -3; k <= 3; k++) {
    struct big b = make_big(k);
    struct pair_ld p = make_pair(k);
    struct two_f f = make_two_f(k * 1.5f);
    struct three_f t = make_three_f(k * 0.5f);
    struct two_d d = swap_two_d((struct two_d){ k, k * 0.25 });
    struct mix m = make_mix(k, k * 3.0f);
    struct small s = make_small(k);
    printf("%d: big %ld %ld %ld pair %ld %g two_f %g %g sum %g\n", k, b.a, b.b, b.c, p.a, p.d, f.x, f.y, sum_two_f(f));
    printf("%d: three_f %g %g %g two_d %g %g mix %d %g use %g small %d %d\n", k, t.x, t.y, t.z, d.x, d.y, m.i, m.f,
           use_mix(m, 2.5), s.a, s.b);
    printf("%d: neg8 %d twice16 %u even %d shift %u drv %ld\n", k, neg8((signed char)(k * 43)), twice16((unsigned short)(k * 30000)),
           is_even(k), shift_u32((unsigned)k * 0x30000001u), use_driver(k < 0 ? -k : k));
    struct two_f tf = tail_two_f(k, 0.5f);
    struct big tb = tail_big(k);
    printf("%d: tail %g %g %ld %ld %ld %u\n", k, tf.x, tf.y, tb.a, tb.b, tb.c, tail_u8(k * 3));
  }
  return 0;
}
