/* HumanEval/29 test driver */
#include <stdio.h>
#include <string.h>

int filter_by_prefix(const char *const *strs, int n, const char *prefix,
                     const char **out);

static int same(const char *const *a, int na, const char *const *b, int nb)
{
    if (na != nb)
        return 0;
    for (int i = 0; i < na; i++)
        if (strcmp(a[i], b[i]) != 0)
            return 0;
    return 1;
}

int main(void)
{
    const char *out[16];
    static const char *const in2[] = {"xxx", "asd", "xxy", "john doe", "xxxAAA", "xxx"};
    static const char *const want2[] = {"xxx", "xxxAAA", "xxx"};
    struct { const char *const *in; int n; const char *pre; const char *const *want; int nw; } cases[] = {
        {NULL, 0, "john", NULL, 0},
        {in2, 6, "xxx", want2, 3},
    };
    for (int k = 0; k < 2; k++) {
        int n = filter_by_prefix(cases[k].in, cases[k].n, cases[k].pre, out);
        if (!same(out, n, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/29: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
