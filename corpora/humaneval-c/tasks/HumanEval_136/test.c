/* HumanEval/136 test driver */
#include <stdio.h>

void largest_smallest_integers(const int *lst, int n, int *largest_neg, int *smallest_pos);

int main(void)
{
    static const int a1[] = {2, 4, 1, 3, 5, 7};
    static const int a2[] = {2, 4, 1, 3, 5, 7, 0};
    static const int a3[] = {1, 3, 2, 4, 5, 6, -2};
    static const int a4[] = {4, 5, 3, 6, 2, 7, -7};
    static const int a5[] = {7, 3, 8, 4, 9, 2, 5, -9};
    static const int a7[] = {0};
    static const int a8[] = {-1, -3, -5, -6};
    static const int a9[] = {-1, -3, -5, -6, 0};
    static const int a10[] = {-6, -4, -4, -3, 1};
    static const int a11[] = {-6, -4, -4, -3, -100, 1};
    /* 0 stands for None */
    struct { const int *xs; int n; int neg, pos; } cases[] = {
        {a1, 6, 0, 1},
        {a2, 7, 0, 1},
        {a3, 7, -2, 1},
        {a4, 7, -7, 2},
        {a5, 8, -9, 2},
        {NULL, 0, 0, 0},
        {a7, 1, 0, 0},
        {a8, 4, -1, 0},
        {a9, 5, -1, 0},
        {a10, 5, -3, 1},
        {a11, 6, -3, 1},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        int neg = 99, pos = 99;
        largest_smallest_integers(cases[k].xs, cases[k].n, &neg, &pos);
        if (neg != cases[k].neg || pos != cases[k].pos) {
            fprintf(stderr, "HumanEval/136: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
