/* HumanEval/135 test driver */
#include <stdio.h>

int can_arrange(const int *arr, int n);

int main(void)
{
    static const int a1[] = {1, 2, 4, 3, 5};
    static const int a2[] = {1, 2, 4, 5};
    static const int a3[] = {1, 4, 2, 5, 6, 7, 8, 9, 10};
    static const int a4[] = {4, 8, 5, 7, 3};
    struct { const int *xs; int n; int want; } cases[] = {
        {a1, 5, 3},
        {a2, 4, -1},
        {a3, 9, 2},
        {a4, 5, 4},
        {NULL, 0, -1},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (can_arrange(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/135: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
