/* HumanEval/9 test driver */
#include <stdio.h>

int rolling_max(const int *numbers, int n, int *out);

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
    int out[16];
    static const int in2[] = {1, 2, 3, 4}, w2[] = {1, 2, 3, 4};
    static const int in3[] = {4, 3, 2, 1}, w3[] = {4, 4, 4, 4};
    static const int in4[] = {3, 2, 3, 100, 3}, w4[] = {3, 3, 3, 100, 100};
    struct { const int *in; int n; const int *want; int nw; } cases[] = {
        {NULL, 0, NULL, 0},
        {in2, 4, w2, 4},
        {in3, 4, w3, 4},
        {in4, 5, w4, 5},
    };
    for (int k = 0; k < 4; k++) {
        int n = rolling_max(cases[k].in, cases[k].n, out);
        if (!same(out, n, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/9: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
