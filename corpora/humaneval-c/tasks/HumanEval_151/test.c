/* HumanEval/151 test driver */
#include <stdio.h>

long double_the_difference(const double *lst, int n);

int main(void)
{
    static const double a2[] = {5, 4};
    static const double a3[] = {0.1, 0.2, 0.3};
    static const double a4[] = {-10, -20, -30};
    static const double a5[] = {-1, -2, 8};
    static const double a6[] = {0.2, 3, 5};
    double a7[100];
    long odd_sum = 0;
    int n7 = 0;

    /* lst = list(range(-99, 100, 2)); odd_sum = sum of squares of the positive ones */
    for (int v = -99; v < 100; v += 2) {
        a7[n7++] = v;
        if (v > 0)
            odd_sum += (long)v * v;
    }

    struct { const double *xs; int n; long want; } cases[] = {
        {NULL, 0, 0},
        {a2, 2, 25},
        {a3, 3, 0},
        {a4, 3, 0},
        {a5, 3, 0},
        {a6, 3, 34},
        {a7, n7, odd_sum},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (double_the_difference(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/151: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
