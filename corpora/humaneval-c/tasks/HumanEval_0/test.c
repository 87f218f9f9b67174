/* HumanEval/0 test driver */
#include <stdio.h>

int has_close_elements(const double *numbers, int n, double threshold);

int main(void)
{
    static const double a[] = {1.0, 2.0, 3.9, 4.0, 5.0, 2.2};
    static const double b[] = {1.0, 2.0, 5.9, 4.0, 5.0};
    static const double c[] = {1.0, 2.0, 3.0, 4.0, 5.0, 2.0};
    static const double d[] = {1.1, 2.2, 3.1, 4.1, 5.1};
    struct { const double *xs; int n; double t; int want; } cases[] = {
        {a, 6, 0.3, 1},
        {a, 6, 0.05, 0},
        {b, 5, 0.95, 1},
        {b, 5, 0.8, 0},
        {c, 6, 0.1, 1},
        {d, 5, 1.0, 1},
        {d, 5, 0.5, 0},
    };
    for (int k = 0; k < (int)(sizeof cases / sizeof cases[0]); k++) {
        if (has_close_elements(cases[k].xs, cases[k].n, cases[k].t) != cases[k].want) {
            fprintf(stderr, "HumanEval/0: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
