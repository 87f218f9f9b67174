#include "structs.h"

struct big make_big(long x) { struct big r = { x, x * 2, x * 3 }; return r; }
struct pair_ld make_pair(long x) { struct pair_ld r = { x, x * 0.5 }; return r; }
struct two_f make_two_f(float a) { struct two_f r = { a, a * 2 }; return r; }
float sum_two_f(struct two_f v) { return v.x + v.y * 3; }
struct three_f make_three_f(float a) { struct three_f r = { a, a + 1, a * a }; return r; }
struct two_d swap_two_d(struct two_d v) { struct two_d r = { v.y, v.x }; return r; }
struct mix make_mix(int i, float f) { struct mix r = { i * 3, f / 2 }; return r; }
double use_mix(struct mix m, double scale) { return (m.i + m.f) * scale; }
struct small make_small(int a) { struct small r = { (int16_t)(a * 1000), (int8_t)(a - 100) }; return r; }
signed char neg8(signed char x) { return -x; }
unsigned short twice16(unsigned short x) { return x * 2; }
bool is_even(long x) { return (x & 1) == 0; }
unsigned int shift_u32(unsigned int x) { return x << 3; }

static const long table[] = { 10, 20, 30, 40, 50 };

long use_driver(long x) {
  struct big b = ext_big(x);
  struct two_f f = ext_two_f((float)x, 0.25f);
  struct pair_ld p = { x + 1, x * 1.5 };
  long s = b.a + b.b + b.c + (long)(f.x * 100) + (long)(f.y * 100) + (long)ext_sum_pair(p);
  return s + ext_index((int)(x % 5) - 1 + 1, table) + ext_u8((int)x * 37);
}

/* at -O2 these become tail jumps to the driver */
struct two_f tail_two_f(float a, float b) { return ext_two_f(a + 1, b); }
struct big tail_big(long x) { return ext_big(x + 1); }
unsigned char tail_u8(int x) { return ext_u8(x + 200); }
