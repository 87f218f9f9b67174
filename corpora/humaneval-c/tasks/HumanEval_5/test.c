/* HumanEval/5 test driver */
#include <stdio.h>

int intersperse(const int *numbers, int n, int delimeter, int *out);

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
    static const int in2[] = {5, 6, 3, 2};
    static const int want2[] = {5, 8, 6, 8, 3, 8, 2};
    static const int in3[] = {2, 2, 2};
    static const int want3[] = {2, 2, 2, 2, 2};
    int n;

    n = intersperse(NULL, 0, 7, out);
    if (n != 0) {
        fprintf(stderr, "HumanEval/5: assert 1 failed\n");
        return 1;
    }
    n = intersperse(in2, 4, 8, out);
    if (!same(out, n, want2, 7)) {
        fprintf(stderr, "HumanEval/5: assert 2 failed\n");
        return 1;
    }
    n = intersperse(in3, 3, 2, out);
    if (!same(out, n, want3, 5)) {
        fprintf(stderr, "HumanEval/5: assert 3 failed\n");
        return 1;
    }
    return 0;
}
