/* Single-precision float arithmetic in loops: sums, products, division, conversions, sqrtf, comparisons. */
#include "proto.h"

volatile float fseed = 1.5f;
volatile int n_iter = 200;

__attribute__((noinline)) float dot(const float *a, const float *b, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

__attribute__((noinline)) float newton_sqrtf(float x) {
    float g = x;
    for (int i = 0; i < 20; i++)
        g = 0.5f * (g + x / g);
    return g;
}

__attribute__((noinline)) int count_above(const float *a, int n, float t) {
    int c = 0;
    for (int i = 0; i < n; i++)
        c += a[i] > t;
    return c;
}

static float arr_a[256], arr_b[256];

int main(void) {
    float x = fseed;
    /* Exactly representable values: identical results whatever the FP contraction. */
    for (int i = 0; i < 256; i++) {
        arr_a[i] = (float)(i % 17) * 0.25f - 2.0f;
        arr_b[i] = (float)(i % 7) * x + 0.5f;
    }
    printf("dot = %.4f\n", (double)dot(arr_a, arr_b, 256));
    printf("above 0.5: %d, above -1: %d\n", count_above(arr_a, 256, 0.5f), count_above(arr_a, 256, -1.0f));

    float harmonic = 0.0f;
    for (int i = 1; i <= n_iter; i++)
        harmonic += 1.0f / (float)i;
    printf("harmonic(%d) = %.4f\n", n_iter, (double)harmonic);

    float p = 1.0f;
    for (int i = 0; i < 20; i++)
        p *= x;
    printf("1.5^20 = %.2f\n", (double)p);

    float half = 1.0f;
    int halvings = 0;
    while (half > 0.0f) {
        half /= 2.0f;
        halvings++;
    }
    printf("halvings until zero: %d\n", halvings);

    float eps = 1.0f;
    while (1.0f + eps / 2.0f > 1.0f)
        eps /= 2.0f;
    printf("float epsilon = %g\n", (double)eps);

    printf("newton_sqrtf(2) = %.5f sqrtf(2) = %.5f\n", (double)newton_sqrtf(x + 0.5f), (double)sqrtf(x + 0.5f));
    printf("fabsf=%.2f floorf=%.1f ceilf=%.1f roundf=%.1f fminf=%.2f fmaxf=%.2f\n", (double)fabsf(-x),
           (double)floorf(-x), (double)ceilf(-x), (double)roundf(x + 1.0f), (double)fminf(x, 0.25f),
           (double)fmaxf(x, 0.25f));

    int ints = 0;
    unsigned uns = 0;
    for (int i = 0; i < 50; i++) {
        float v = (float)i * x - 10.0f;
        ints += (int)v;
        if (v >= 0.0f)
            uns += (unsigned)v;
    }
    printf("float->int sum %d, float->unsigned sum %u\n", ints, uns);

    double d = 0.0;
    float f = 0.0f;
    for (int i = 0; i < 1000; i++) {
        f += 0.1f;
        d += 0.1;
    }
    printf("float acc %.4f vs double acc %.4f\n", (double)f, d);
    float big = 16777216.0f;
    printf("2^24+1 in float = %.1f, as double %.1f\n", (double)(big + 1.0f), (double)big + 1.0);
    printf("mixed: %.6f\n", (double)((float)n_iter / 3.0f) * 3.0);
    float lerp = 0.0f;
    for (int i = 0; i <= 8; i++) {
        float t = (float)i / 8.0f;
        lerp += (1.0f - t) * 2.0f + t * 6.0f;
    }
    printf("lerp sum = %.3f\n", (double)lerp);
    return 0;
}
