/* HumanEval/8 test driver */
#include <stdio.h>

void sum_product(const int *numbers, int n, long *sum, long *prod);

int main(void)
{
    static const int a[] = {1, 1, 1};
    static const int b[] = {100, 0};
    static const int c[] = {3, 5, 7};
    static const int d[] = {10};
    struct { const int *xs; int n; long s, p; } cases[] = {
        {NULL, 0, 0, 1},
        {a, 3, 3, 1},
        {b, 2, 100, 0},
        {c, 3, 3 + 5 + 7, 3 * 5 * 7},
        {d, 1, 10, 10},
    };
    for (int k = 0; k < 5; k++) {
        long s = -12345, p = -12345;
        sum_product(cases[k].xs, cases[k].n, &s, &p);
        if (s != cases[k].s || p != cases[k].p) {
            fprintf(stderr, "HumanEval/8: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
