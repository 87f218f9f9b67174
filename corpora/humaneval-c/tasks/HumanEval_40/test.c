/* HumanEval/40 test driver */
#include <stdio.h>

int triples_sum_to_zero(const int *l, int n);

int main(void)
{
    static const int a[] = {1, 3, 5, 0};
    static const int b[] = {1, 3, 5, -1};
    static const int c[] = {1, 3, -2, 1};
    static const int d[] = {1, 2, 3, 7};
    static const int e[] = {1, 2, 5, 7};
    static const int f[] = {2, 4, -5, 3, 9, 7};
    static const int g[] = {1};
    static const int h[] = {1, 3, 5, -100};
    static const int i[] = {100, 3, 5, -100};
    struct { const int *xs; int n; int want; } cases[] = {
        {a, 4, 0}, {b, 4, 0}, {c, 4, 1}, {d, 4, 0}, {e, 4, 0},
        {f, 6, 1}, {g, 1, 0}, {h, 4, 0}, {i, 4, 0},
    };
    for (int k = 0; k < 9; k++) {
        if (triples_sum_to_zero(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/40: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
