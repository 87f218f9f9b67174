/* HumanEval/62 test driver */
#include <stdio.h>

int derivative(const int *xs, int n, int *out);

struct tcase {
    int xs[5];
    int n;
    int want[4];
    int nwant;
};

int main(void)
{
    static const struct tcase cases[] = {
        {{3, 1, 2, 4, 5}, 5, {1, 4, 12, 20}, 4},
        {{1, 2, 3}, 3, {2, 6}, 2},
        {{3, 2, 1}, 3, {2, 2}, 2},
        {{3, 2, 1, 0, 4}, 5, {2, 2, 0, 16}, 4},
        {{1}, 1, {0}, 0},
    };
    int out[8];
    int k, i, n, ok;
    for (k = 0; k < 5; k++) {
        n = derivative(cases[k].xs, cases[k].n, out);
        ok = n == cases[k].nwant;
        for (i = 0; ok && i < n; i++)
            ok = out[i] == cases[k].want[i];
        if (!ok) {
            fprintf(stderr, "HumanEval/62: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
