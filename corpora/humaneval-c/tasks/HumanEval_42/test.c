/* HumanEval/42 test driver */
#include <stdio.h>

int incr_list(const int *l, int n, int *out);

static int same(const int *a, int na, const int *b, int nb)
{
    int i;
    if (na != nb)
        return 0;
    for (i = 0; i < na; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

static int fail(int k)
{
    fprintf(stderr, "HumanEval/42: assert %d failed\n", k);
    return 1;
}

int main(void)
{
    int out[16];
    int n;

    n = incr_list(NULL, 0, out);
    if (n != 0)
        return fail(1);

    {
        static const int in[] = {3, 2, 1};
        static const int want[] = {4, 3, 2};
        n = incr_list(in, 3, out);
        if (!same(out, n, want, 3))
            return fail(2);
    }
    {
        static const int in[] = {5, 2, 5, 2, 3, 3, 9, 0, 123};
        static const int want[] = {6, 3, 6, 3, 4, 4, 10, 1, 124};
        n = incr_list(in, 9, out);
        if (!same(out, n, want, 9))
            return fail(3);
    }
    return 0;
}
