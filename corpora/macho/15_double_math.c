/* libm double-precision calls: pow, exp, log, log10, sin, cos, tan, atan2, hypot, cbrt, printed with %.6f. */
#include "proto.h"

volatile double seed = 0.5;
volatile int steps = 12;

__attribute__((noinline)) double newton_sqrt(double x) {
    double g = x > 1 ? x / 2 : 1.0;
    for (int i = 0; i < 40; i++)
        g = 0.5 * (g + x / g);
    return g;
}

__attribute__((noinline)) double series_exp(double x) {
    double term = 1, sum = 1;
    for (int n = 1; n < 30; n++) {
        term = term * x / n;
        sum += term;
    }
    return sum;
}

__attribute__((noinline)) double integrate_sin(double a, double b, int n) {
    double h = (b - a) / n, s = 0;
    for (int i = 0; i < n; i++)
        s += sin(a + (i + 0.5) * h);
    return s * h;
}

int main(void) {
    double s = seed;
    for (int i = 0; i <= steps; i++) {
        double x = s * i;
        printf("x=%.2f sin=%.6f cos=%.6f exp=%.6f log1p=%.6f atan=%.6f\n", x, sin(x), cos(x), exp(x), log1p(x),
               atan(x));
    }
    printf("pow: %.6f %.6f %.6f %.6f\n", pow(2.0, 10 * s), pow(s, 3.0), pow(10.0, -3 * s), pow(1.0001, 10000.0 * s));
    printf("log: %.6f %.6f %.6f %.6f\n", log(10.0 * s), log10(1000.0 * s), log2(64.0 * s), log(s));
    printf("tan=%.6f atan2=%.6f %.6f %.6f %.6f\n", tan(s), atan2(s, -1.0), atan2(-s, -1.0), atan2(1.0, 0.0 * s),
           atan2(-1.0, 0.0 * s));
    printf("hypot=%.6f cbrt=%.6f sinh=%.6f cosh=%.6f tanh=%.6f\n", hypot(3 * s, 4 * s), cbrt(-27.0 * s),
           sinh(s), cosh(s), tanh(s));
    printf("asin=%.6f acos=%.6f expm1=%.6f exp2=%.6f\n", asin(s), acos(s), expm1(s / 1000), exp2(s * 7));
    printf("newton_sqrt(2)=%.9f sqrt(2)=%.9f\n", newton_sqrt(4 * s), sqrt(4 * s));
    printf("series_exp(1)=%.9f exp(1)=%.9f\n", series_exp(2 * s), exp(2 * s));
    printf("integral sin 0..pi = %.6f\n", integrate_sin(0.0, M_PI * 2 * s, 1000));
    double pi_est = 0;
    for (int k = 0; k < 100000; k++)
        pi_est += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
    printf("leibniz pi = %.6f\n", pi_est);
    double compound = 1000.0;
    for (int y = 0; y < 30; y++)
        compound *= 1.0 + s / 10;
    printf("compound = %.6f\n", compound);
    return 0;
}
