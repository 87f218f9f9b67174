/* HumanEval/7 test driver */
#include <stdio.h>
#include <string.h>

int filter_by_substring(const char *const *strs, int n, const char *substring,
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
    static const char *const in3[] = {"xxx", "asd", "aaaxxy", "john doe", "xxxAAA", "xxx"};
    static const char *const want3[] = {"xxx", "aaaxxy", "xxxAAA", "xxx"};
    static const char *const in4[] = {"grunt", "trumpet", "prune", "gruesome"};
    static const char *const want4[] = {"grunt", "prune"};
    struct { const char *const *in; int n; const char *sub; const char *const *want; int nw; } cases[] = {
        {NULL, 0, "john", NULL, 0},
        {in2, 6, "xxx", want2, 3},
        {in3, 6, "xx", want3, 4},
        {in4, 4, "run", want4, 2},
    };
    for (int k = 0; k < 4; k++) {
        int n = filter_by_substring(cases[k].in, cases[k].n, cases[k].sub, out);
        if (!same(out, n, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/7: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
