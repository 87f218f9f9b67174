/* HumanEval/58 test driver */
#include <stdio.h>

int common(const int *l1, int n1, const int *l2, int n2, int *out);

struct tcase {
    int a[8];
    int na;
    int b[8];
    int nb;
    int want[8];
    int nwant;
};

int main(void)
{
    static const struct tcase cases[] = {
        {{1, 4, 3, 34, 653, 2, 5}, 7, {5, 7, 1, 5, 9, 653, 121}, 7, {1, 5, 653}, 3},
        {{5, 3, 2, 8}, 4, {3, 2}, 2, {2, 3}, 2},
        {{4, 3, 2, 8}, 4, {3, 2, 4}, 3, {2, 3, 4}, 3},
        {{4, 3, 2, 8}, 4, {0}, 0, {0}, 0},
    };
    int out[8];
    int k, i, n, ok;
    for (k = 0; k < 4; k++) {
        n = common(cases[k].a, cases[k].na, cases[k].b, cases[k].nb, out);
        ok = n == cases[k].nwant;
        for (i = 0; ok && i < n; i++)
            ok = out[i] == cases[k].want[i];
        if (!ok) {
            fprintf(stderr, "HumanEval/58: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
