/* Calls with more arguments than registers: 7/8/10 ints, >8 doubles, mixed int/double, narrow types on the stack. */
#include "proto.h"

volatile int base = 3;
volatile double dbase = 0.5;

__attribute__((noinline)) long f7(long a, long b, long c, long d, long e, long f, long g) {
    return a - b * 2 + c * 3 - d * 4 + e * 5 - f * 6 + g * 7;
}

__attribute__((noinline)) long f8(int a, int b, int c, int d, int e, int f, int g, int h) {
    return (long)a * 1 + b * 10 + c * 100 + d * 1000 + (long)e * 10000 + (long)f * 100000 +
           (long)g * 1000000 + (long)h * 10000000;
}

__attribute__((noinline)) long f10(long a, long b, long c, long d, long e, long f, long g,
                                   long h, long i, long j) {
    return ((((((((a * 31 + b) * 31 + c) * 31 + d) * 31 + e) * 31 + f) * 31 + g) * 31 + h) * 31 + i) * 31 + j;
}

__attribute__((noinline)) double d10(double a, double b, double c, double d, double e, double f,
                                     double g, double h, double i, double j) {
    return a + b * 2 + c * 4 + d * 8 + e * 16 + f * 32 + g * 64 + h * 128 + i * 256 + j * 512;
}

/* 9 ints and 10 doubles interleaved: overflows both register classes. */
__attribute__((noinline)) double mixed(int i1, double d1, int i2, double d2, int i3, double d3,
                                       int i4, double d4, int i5, double d5, int i6, double d6,
                                       int i7, double d7, int i8, double d8, int i9, double d9,
                                       double d10v) {
    long isum = (long)i1 + 2L * i2 + 3L * i3 + 4L * i4 + 5L * i5 + 6L * i6 + 7L * i7 + 8L * i8 + 9L * i9;
    double dsum = d1 - d2 + d3 - d4 + d5 - d6 + d7 - d8 + d9 - d10v;
    return (double)isum + dsum;
}

/* Narrow integer types passed beyond the register window must be extended correctly. */
__attribute__((noinline)) long narrow(signed char a, short b, unsigned char c, unsigned short d,
                                      int e, unsigned f, signed char g, short h, unsigned char i,
                                      unsigned short j) {
    return a + b + c + d + e + (long)f + g + h + i + j;
}

/* Float (single) args beyond the FP register file. */
__attribute__((noinline)) float f_floats(float a, float b, float c, float d, float e, float f,
                                         float g, float h, float i, float j, float k) {
    return a + b + c + d + e + f + g + h + i + j + k * 0.5f;
}

/* A caller that itself forwards many args (args live across a call). */
__attribute__((noinline)) long forward(long a, long b, long c, long d, long e, long f, long g,
                                       long h, long i, long j) {
    long r = f10(j, i, h, g, f, e, d, c, b, a);
    return r + f7(a, b, c, d, e, f, g) + a + j;
}

int main(void) {
    int x = base;
    double y = dbase;
    printf("f7  = %ld\n", f7(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6));
    printf("f8  = %ld\n", f8(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, -x));
    printf("f10 = %ld\n", f10(x, -x, 2, -2, 5, 7, -9, 11, 13, -17));
    printf("d10 = %.4f\n", d10(y, y + 1, y + 2, y + 3, y + 4, y + 5, y + 6, y + 7, y + 8, -y));
    printf("mixed = %.4f\n", mixed(x, y, x + 1, y * 2, x + 2, y * 3, x + 3, y * 4, x + 4, y * 5,
                                   x + 5, y * 6, x + 6, y * 7, x + 7, y * 8, -x, y * 9, y * 10));
    printf("narrow = %ld\n", narrow((signed char)(-x), (short)(-300 * x), (unsigned char)(250 + x / 3),
                                    (unsigned short)(65000 + x), -x * 1000, 4000000000u,
                                    (signed char)(-128 + x), (short)(-32000 - x),
                                    (unsigned char)(200 + x), (unsigned short)(60000 + x)));
    printf("floats = %.3f\n", (double)f_floats((float)y, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f,
                                               8.0f, 9.0f, (float)(y * 4)));
    printf("forward = %ld\n", forward(1, 2, 3, 4, 5, 6, 7, 8, 9, x));
    long acc = 0;
    for (int k = 0; k < 5; k++)
        acc += f10(k, k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7, k + 8, x);
    printf("acc = %ld\n", acc);
    return 0;
}
