/* HumanEval/20 test driver */
#include <stdio.h>
#include <math.h>

void find_closest_elements(const double *numbers, int n, double *lo, double *hi);

int main(void)
{
    static const double a[] = {1.0, 2.0, 3.9, 4.0, 5.0, 2.2};
    static const double b[] = {1.0, 2.0, 5.9, 4.0, 5.0};
    static const double c[] = {1.0, 2.0, 3.0, 4.0, 5.0, 2.2};
    static const double d[] = {1.0, 2.0, 3.0, 4.0, 5.0, 2.0};
    static const double e[] = {1.1, 2.2, 3.1, 4.1, 5.1};
    struct { const double *xs; int n; double lo, hi; } cases[] = {
        {a, 6, 3.9, 4.0},
        {b, 5, 5.0, 5.9},
        {c, 6, 2.0, 2.2},
        {d, 6, 2.0, 2.0},
        {e, 5, 2.2, 3.1},
    };
    for (int k = 0; k < 5; k++) {
        double lo = -999.0, hi = -999.0;
        find_closest_elements(cases[k].xs, cases[k].n, &lo, &hi);
        if (fabs(lo - cases[k].lo) >= 1e-6 || fabs(hi - cases[k].hi) >= 1e-6) {
            fprintf(stderr, "HumanEval/20: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
