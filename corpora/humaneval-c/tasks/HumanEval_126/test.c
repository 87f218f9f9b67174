/* HumanEval/126 test driver */
#include <stdio.h>

int is_sorted(const int *lst, int n);

int main(void)
{
    static const int a1[] = {5};
    static const int a2[] = {1, 2, 3, 4, 5};
    static const int a3[] = {1, 3, 2, 4, 5};
    static const int a4[] = {1, 2, 3, 4, 5, 6};
    static const int a5[] = {1, 2, 3, 4, 5, 6, 7};
    static const int a6[] = {1, 3, 2, 4, 5, 6, 7};
    static const int a8[] = {1};
    static const int a9[] = {3, 2, 1};
    static const int a10[] = {1, 2, 2, 2, 3, 4};
    static const int a11[] = {1, 2, 3, 3, 3, 4};
    static const int a12[] = {1, 2, 2, 3, 3, 4};
    static const int a13[] = {1, 2, 3, 4};
    struct { const int *xs; int n; int want; } cases[] = {
        {a1, 1, 1},
        {a2, 5, 1},
        {a3, 5, 0},
        {a4, 6, 1},
        {a5, 7, 1},
        {a6, 7, 0},
        {NULL, 0, 1},
        {a8, 1, 1},
        {a9, 3, 0},
        {a10, 6, 0},
        {a11, 6, 0},
        {a12, 6, 1},
        {a13, 4, 1},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (is_sorted(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/126: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
