/* HumanEval/146 test driver */
#include <stdio.h>

int specialFilter(const int *nums, int n);

int main(void)
{
    static const int a1[] = {5, -2, 1, -5};
    static const int a2[] = {15, -73, 14, -15};
    static const int a3[] = {33, -2, -3, 45, 21, 109};
    static const int a4[] = {43, -12, 93, 125, 121, 109};
    static const int a5[] = {71, -2, -33, 75, 21, 19};
    static const int a6[] = {1};
    struct { const int *xs; int n; int want; } cases[] = {
        {a1, 4, 0},
        {a2, 4, 1},
        {a3, 6, 2},
        {a4, 6, 4},
        {a5, 6, 3},
        {a6, 1, 0},
        {NULL, 0, 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (specialFilter(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/146: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
