/* HumanEval/6 test driver */
#include <stdio.h>

int parse_nested_parens(const char *s, int *out);

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
    static const int w1[] = {2, 3, 1, 3};
    static const int w2[] = {1, 2, 3, 4};
    static const int w3[] = {4};
    struct { const char *in; const int *want; int nw; } cases[] = {
        {"(()()) ((())) () ((())()())", w1, 4},
        {"() (()) ((())) (((())))", w2, 4},
        {"(()(())((())))", w3, 1},
    };
    for (int k = 0; k < 3; k++) {
        int n = parse_nested_parens(cases[k].in, out);
        if (!same(out, n, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/6: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
