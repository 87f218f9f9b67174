/* Functions of structs.c and the driver functions they call: structs and narrow integers at the
   boundary between translated code and code built for the target. */
#include <stdbool.h>
#include <stdint.h>

struct big { long a, b, c; };
struct pair_ld { long a; double d; };
struct two_f { float x, y; };
struct three_f { float x, y, z; };
struct two_d { double x, y; };
struct mix { int i; float f; };
struct small { int16_t a; int8_t b; };

/* defined in structs.c, called by the driver */
struct big make_big(long x);
struct pair_ld make_pair(long x);
struct two_f make_two_f(float a);
float sum_two_f(struct two_f v);
struct three_f make_three_f(float a);
struct two_d swap_two_d(struct two_d v);
struct mix make_mix(int i, float f);
double use_mix(struct mix m, double scale);
struct small make_small(int a);
signed char neg8(signed char x);
unsigned short twice16(unsigned short x);
bool is_even(long x);
unsigned int shift_u32(unsigned int x);
long use_driver(long x);
struct two_f tail_two_f(float a, float b);
struct big tail_big(long x);
unsigned char tail_u8(int x);

/* defined in the driver, called from structs.c */
struct big ext_big(long x);
struct two_f ext_two_f(float a, float b);
double ext_sum_pair(struct pair_ld p);
long ext_index(int i, const long *table);
unsigned char ext_u8(int x);
