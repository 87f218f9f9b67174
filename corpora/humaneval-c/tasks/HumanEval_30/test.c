/* HumanEval/30 test driver */
#include <stdio.h>

int get_positive(const int *xs, int n, int *out);

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
    static const int in1[] = {-1, -2, 4, 5, 6}, w1[] = {4, 5, 6};
    static const int in2[] = {5, 3, -5, 2, 3, 3, 9, 0, 123, 1, -10};
    static const int w2[] = {5, 3, 2, 3, 3, 9, 123, 1};
    static const int in3[] = {-1, -2};
    struct { const int *in; int n; const int *want; int nw; } cases[] = {
        {in1, 5, w1, 3},
        {in2, 11, w2, 8},
        {in3, 2, NULL, 0},
        {NULL, 0, NULL, 0},
    };
    for (int k = 0; k < 4; k++) {
        int n = get_positive(cases[k].in, cases[k].n, out);
        if (!same(out, n, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/30: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
