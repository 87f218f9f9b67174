/* HumanEval/128 test driver */
#include <stdio.h>

int prod_signs(const int *arr, int n, long *result);

int main(void)
{
    static const int a1[] = {1, 2, 2, -4};
    static const int a2[] = {0, 1};
    static const int a3[] = {1, 1, 1, 2, 3, -1, 1};
    static const int a5[] = {2, 4, 1, 2, -1, -1, 9};
    static const int a6[] = {-1, 1, -1, 1};
    static const int a7[] = {-1, 1, 1, 1};
    static const int a8[] = {-1, 1, 1, 0};
    /* has = 0 means the expected result is None */
    struct { const int *xs; int n; int has; long want; } cases[] = {
        {a1, 4, 1, -9},
        {a2, 2, 1, 0},
        {a3, 7, 1, -10},
        {NULL, 0, 0, 0},
        {a5, 7, 1, 20},
        {a6, 4, 1, 4},
        {a7, 4, 1, -4},
        {a8, 4, 1, 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        long r = 12345;
        int has = prod_signs(cases[k].xs, cases[k].n, &r);
        if (has != cases[k].has || (has && r != cases[k].want)) {
            fprintf(stderr, "HumanEval/128: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
