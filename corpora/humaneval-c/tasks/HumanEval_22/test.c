/* HumanEval/22 test driver */
/* Python values are passed as their literal source text. */
#include <stdio.h>

int filter_integers(const char *const *values, int n, long *out);

static int same(const long *a, int na, const long *b, int nb)
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
    long out[16];
    static const char *const in2[] = {"4", "{}", "[]", "23.2", "9", "'adasd'"};
    static const long w2[] = {4, 9};
    static const char *const in3[] = {"3", "'c'", "3", "3", "'a'", "'b'"};
    static const long w3[] = {3, 3, 3};
    struct { const char *const *in; int n; const long *want; int nw; } cases[] = {
        {NULL, 0, NULL, 0},
        {in2, 6, w2, 2},
        {in3, 6, w3, 3},
    };
    for (int k = 0; k < 3; k++) {
        int n = filter_integers(cases[k].in, cases[k].n, out);
        if (!same(out, n, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/22: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
