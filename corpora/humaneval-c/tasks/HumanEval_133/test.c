/* HumanEval/133 test driver */
#include <stdio.h>

long sum_squares(const double *lst, int n);

int main(void)
{
    static const double a1[] = {1, 2, 3};
    static const double a2[] = {1.0, 2, 3};
    static const double a3[] = {1, 3, 5, 7};
    static const double a4[] = {1.4, 4.2, 0};
    static const double a5[] = {-2.4, 1, 1};
    static const double a6[] = {100, 1, 15, 2};
    static const double a7[] = {10000, 10000};
    static const double a8[] = {-1.4, 4.6, 6.3};
    static const double a9[] = {-1.4, 17.9, 18.9, 19.9};
    static const double a10[] = {0};
    static const double a11[] = {-1};
    static const double a12[] = {-1, 1, 0};
    struct { const double *xs; int n; long want; } cases[] = {
        {a1, 3, 14},
        {a2, 3, 14},
        {a3, 4, 84},
        {a4, 3, 29},
        {a5, 3, 6},
        {a6, 4, 10230},
        {a7, 2, 200000000},
        {a8, 3, 75},
        {a9, 4, 1086},
        {a10, 1, 0},
        {a11, 1, 1},
        {a12, 3, 2},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (sum_squares(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/133: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
