/* HumanEval/142 test driver */
#include <stdio.h>

long sum_squares(const int *lst, int n);

int main(void)
{
    static const int a1[] = {1, 2, 3};
    static const int a2[] = {1, 4, 9};
    static const int a4[] = {1, 1, 1, 1, 1, 1, 1, 1, 1};
    static const int a5[] = {-1, -1, -1, -1, -1, -1, -1, -1, -1};
    static const int a6[] = {0};
    static const int a7[] = {-1, -5, 2, -1, -5};
    static const int a8[] = {-56, -99, 1, 0, -2};
    static const int a9[] = {-1, 0, 0, 0, 0, 0, 0, 0, -1};
    static const int a10[] = {-16, -9, -2, 36, 36, 26, -20, 25, -40, 20, -4, 12, -26, 35, 37};
    static const int a11[] = {-1, -3, 17, -1, -15, 13, -1, 14, -14, -12, -5, 14, -14, 6, 13,
                              11, 16, 16, 4, 10};
    struct { const int *xs; int n; long want; } cases[] = {
        {a1, 3, 6},
        {a2, 3, 14},
        {NULL, 0, 0},
        {a4, 9, 9},
        {a5, 9, -3},
        {a6, 1, 0},
        {a7, 5, -126},
        {a8, 5, 3030},
        {a9, 9, 0},
        {a10, 15, -14196},
        {a11, 20, -1448},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (sum_squares(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/142: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
