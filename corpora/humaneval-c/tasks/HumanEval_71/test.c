/* HumanEval/71 test driver */
#include <stdio.h>
#include <math.h>

double triangle_area(double a, double b, double c);

int main(void)
{
    static const double as[] = {3, 1, 4, 2, 1, 10, 2, 1, 2};
    static const double bs[] = {4, 2, 8, 2, 2, 5, 6, 1, 2};
    static const double cs[] = {5, 10, 5, 2, 3, 7, 3, 1, 10};
    static const double want[] = {6.00, -1, 8.18, 1.73, -1, 16.25, -1, 0.43, -1};
    int k;
    for (k = 0; k < 9; k++) {
        if (fabs(triangle_area(as[k], bs[k], cs[k]) - want[k]) > 1e-6) {
            fprintf(stderr, "HumanEval/71: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
