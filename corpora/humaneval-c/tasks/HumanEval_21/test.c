/* HumanEval/21 test driver */
#include <stdio.h>
#include <math.h>

void rescale_to_unit(const double *numbers, int n, double *out);

int main(void)
{
    static const double in1[] = {2.0, 49.9}, w1[] = {0.0, 1.0};
    static const double in2[] = {100.0, 49.9}, w2[] = {1.0, 0.0};
    static const double in3[] = {1.0, 2.0, 3.0, 4.0, 5.0}, w3[] = {0.0, 0.25, 0.5, 0.75, 1.0};
    static const double in4[] = {2.0, 1.0, 5.0, 3.0, 4.0}, w4[] = {0.25, 0.0, 1.0, 0.5, 0.75};
    static const double in5[] = {12.0, 11.0, 15.0, 13.0, 14.0}, w5[] = {0.25, 0.0, 1.0, 0.5, 0.75};
    struct { const double *in; int n; const double *want; } cases[] = {
        {in1, 2, w1}, {in2, 2, w2}, {in3, 5, w3}, {in4, 5, w4}, {in5, 5, w5},
    };
    for (int k = 0; k < 5; k++) {
        double out[8];
        rescale_to_unit(cases[k].in, cases[k].n, out);
        for (int i = 0; i < cases[k].n; i++) {
            if (fabs(out[i] - cases[k].want[i]) >= 1e-6) {
                fprintf(stderr, "HumanEval/21: assert %d failed\n", k + 1);
                return 1;
            }
        }
    }
    return 0;
}
