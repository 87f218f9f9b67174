/* HumanEval/4 test driver */
#include <stdio.h>
#include <math.h>

double mean_absolute_deviation(const double *numbers, int n);

int main(void)
{
    static const double xs[] = {1.0, 2.0, 3.0, 4.0, 5.0};
    struct { int n; double want; } cases[] = {
        {3, 2.0 / 3.0},
        {4, 1.0},
        {5, 6.0 / 5.0},
    };
    for (int k = 0; k < 3; k++) {
        if (fabs(mean_absolute_deviation(xs, cases[k].n) - cases[k].want) >= 1e-6) {
            fprintf(stderr, "HumanEval/4: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
