/* HumanEval/45 test driver */
#include <stdio.h>
#include <math.h>

double triangle_area(double a, double h);

int main(void)
{
    static const double as[] = {5, 2, 10};
    static const double hs[] = {3, 2, 8};
    static const double want[] = {7.5, 2.0, 40.0};
    int k;
    for (k = 0; k < 3; k++) {
        if (fabs(triangle_area(as[k], hs[k]) - want[k]) > 1e-6) {
            fprintf(stderr, "HumanEval/45: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
