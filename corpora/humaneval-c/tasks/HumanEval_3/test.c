/* HumanEval/3 test driver */
#include <stdio.h>

int below_zero(const int *ops, int n);

int main(void)
{
    static const int a[] = {1, 2, -3, 1, 2, -3};
    static const int b[] = {1, 2, -4, 5, 6};
    static const int c[] = {1, -1, 2, -2, 5, -5, 4, -4};
    static const int d[] = {1, -1, 2, -2, 5, -5, 4, -5};
    static const int e[] = {1, -2, 2, -2, 5, -5, 4, -4};
    struct { const int *xs; int n; int want; } cases[] = {
        {NULL, 0, 0},
        {a, 6, 0},
        {b, 5, 1},
        {c, 8, 0},
        {d, 8, 1},
        {e, 8, 1},
    };
    for (int k = 0; k < 6; k++) {
        if (below_zero(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/3: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
