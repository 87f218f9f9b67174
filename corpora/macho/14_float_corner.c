/* Floating-point corner cases: NaN comparisons (unordered flags), -0.0, infinities, in-range float->int, fmin/fmax, sqrt, rounding. */
#include "proto.h"

volatile double vzero = 0.0;
volatile double vone = 1.0;
volatile double vneg = -2.75;
volatile float fthree = 3.0f;

__attribute__((noinline)) int cmp_flags(double a, double b) {
    return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5 |
           isunordered(a, b) << 6 | isless(a, b) << 7 | islessgreater(a, b) << 8;
}

__attribute__((noinline)) double pick_max(double a, double b) { return a > b ? a : b; }
__attribute__((noinline)) int branch_nan(double a) {
    if (a == a)
        return 1;
    return a < 0 ? 2 : 3;
}

int main(void) {
    double nan = vzero / vzero;
    double inf = vone / vzero;
    double ninf = -vone / vzero;
    double nzero = -vzero;

    printf("isnan=%d isinf=%d/%d isfinite=%d/%d\n", isnan(nan) != 0, isinf(inf) != 0, isinf(ninf) != 0,
           isfinite(vone) != 0, isfinite(inf) != 0);
    printf("inf=%f ninf=%f ninf<inf=%d inf==inf=%d inf-1=%f\n", inf, ninf, ninf < inf, inf == inf, inf - 1);
    printf("nan==nan=%d nan!=nan=%d nan<1=%d nan>1=%d nan>=nan=%d\n", nan == nan, nan != nan, nan < 1.0,
           nan > 1.0, nan >= nan);
    double vals[] = { -1.0, 0.0, 1.0 };
    for (int i = 0; i < 3; i++)
        printf("flags(%g,1)=%03x flags(nan,%g)=%03x flags(%g,nan)=%03x\n", vals[i], cmp_flags(vals[i], 1.0),
               vals[i], cmp_flags(nan, vals[i]), vals[i], cmp_flags(vals[i], nan));
    printf("branch_nan: %d %d %d\n", branch_nan(1.0), branch_nan(nan), branch_nan(inf));
    printf("inf-inf isnan=%d inf*0 isnan=%d\n", isnan(inf - inf) != 0, isnan(inf * vzero) != 0);

    printf("-0.0: %f %g signbit=%d eq0=%d 1/-0=%f copysign=%f\n", nzero, nzero, signbit(nzero) != 0,
           nzero == 0.0, vone / nzero, copysign(3.0, nzero));
    printf("fabs(-0)=%f neg(0)=%f sqrt(-0)=%f\n", fabs(nzero), -vzero, sqrt(nzero));

    printf("fmin(nan,1)=%f fmax(nan,1)=%f fmin(1,nan)=%f fmin(-3,2)=%f fmax(-3,2)=%f\n", fmin(nan, 1.0),
           fmax(nan, 1.0), fmin(1.0, nan), fmin(-3.0, 2.0), fmax(-3.0, 2.0));
    printf("pick_max(nan,1)=%d pick_max(1,nan) isnan=%d\n", (int)pick_max(nan, 1.0), isnan(pick_max(1.0, nan)) != 0);
    printf("sqrt: %.10f %.10f %.10f isnan(sqrt(-1))=%d\n", sqrt(2.0 * vone), sqrt(vone * 1e10), sqrt(0.25 * vone),
           isnan(sqrt(-vone)) != 0);

    double r[] = { -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.7, -2.7, 1e15 + 0.5 };
    for (int i = 0; i < 9; i++) {
        double x = r[i] * vone;
        printf("x=%.1f floor=%.1f ceil=%.1f round=%.1f trunc=%.1f rint=%.1f nearby=%.1f lround=%ld llrint=%lld\n",
               x, floor(x), ceil(x), round(x), trunc(x), rint(x), nearbyint(x), lround(x), llrint(x));
    }

    /* In-range float -> integer conversions. */
    double conv[] = { 3.99, -3.99, 2147483647.0, -2147483648.0, 4294967295.0, 1e18, -9.2e18, 1.8e19, 0.999 };
    for (int i = 0; i < 9; i++) {
        double x = conv[i] * vone;
        if (x >= -2147483648.0 && x < 2147483648.0)
            printf("(int)%g = %d  ", x, (int)x);
        if (x >= 0 && x < 4294967296.0)
            printf("(unsigned)%g = %u  ", x, (unsigned)x);
        if (x >= -9223372036854775808.0 && x < 9223372036854775808.0)
            printf("(long)%g = %ld  ", x, (long)x);
        if (x >= 0 && x < 18446744073709551616.0)
            printf("(ulong)%g = %lu", x, (unsigned long)x);
        printf("\n");
    }
    float f = fthree * 1.4f;
    printf("(int)%.2ff=%d (short)%.2f=%d (unsigned char)%.2f=%u\n", (double)f, (int)f, vneg * 100,
           (short)(vneg * 100), -vneg * 90, (unsigned char)(-vneg * 90));
    unsigned long big = 18446744073709551615UL;
    long sbig = -9223372036854775807L;
    printf("u64->double=%.1f s64->double=%.1f u64(2^63+1)->double=%.1f u32->float=%.1f\n", (double)big,
           (double)sbig, (double)(9223372036854775809UL + (unsigned long)vzero), (double)(float)4294967295u);

    printf("fmod=%f remainder=%f modf=", fmod(7.5, -2.0 * vone), remainder(7.5, 2.0 * vone));
    double ip;
    double fp = modf(vneg, &ip);
    printf("%f,%f frexp=", ip, fp);
    int e;
    double m = frexp(1000.0 * vone, &e);
    printf("%f*2^%d ldexp=%f\n", m, e, ldexp(0.75, 10));
    printf("DBL_MIN/2>0=%d DBL_MAX*2 isinf=%d nextafter(1,2)-1=%g FLT_EPSILON=%g\n", DBL_MIN * vone / 2 > 0,
           isinf(DBL_MAX * (vone + 1)) != 0, nextafter(vone, 2.0) - 1.0, (double)FLT_EPSILON);
    printf("fpclassify: %d %d %d %d %d\n", fpclassify(vone) == FP_NORMAL, fpclassify(vzero) == FP_ZERO,
           fpclassify(inf) == FP_INFINITE, fpclassify(nan) == FP_NAN, fpclassify(DBL_MIN * vone / 4) == FP_SUBNORMAL);
    return 0;
}
