/* HumanEval/25 test driver */
#include <stdio.h>

int factorize(int n, int *out);

static int same(const int *a, int na, const int *b, int nb)
{
    if (na != nb)
        return 0;
    for (int i = 0; i < na; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

int main(void)
{
    int out[32];
    static const int w1[] = {2};
    static const int w2[] = {2, 2};
    static const int w3[] = {2, 2, 2};
    static const int w4[] = {3, 19};
    static const int w5[] = {3, 3, 19, 19};
    static const int w6[] = {3, 3, 3, 19, 19, 19};
    static const int w7[] = {3, 19, 19, 19};
    static const int w8[] = {2, 3, 3};
    struct { int n; const int *want; int nw; } cases[] = {
        {2, w1, 1},
        {4, w2, 2},
        {8, w3, 3},
        {3 * 19, w4, 2},
        {3 * 19 * 3 * 19, w5, 4},
        {3 * 19 * 3 * 19 * 3 * 19, w6, 6},
        {3 * 19 * 19 * 19, w7, 4},
        {3 * 2 * 3, w8, 3},
    };
    for (int k = 0; k < 8; k++) {
        int n = factorize(cases[k].n, out);
        if (!same(out, n, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/25: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
