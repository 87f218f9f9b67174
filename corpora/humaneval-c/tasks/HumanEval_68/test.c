/* HumanEval/68 test driver */
#include <stdio.h>

int pluck(const int *arr, int n, int *out);

struct tcase {
    int xs[6];
    int n;
    int want[2];
    int nwant;
};

int main(void)
{
    /* the two `assert True` lines of the Python check are trivially true and omitted */
    static const struct tcase cases[] = {
        {{4, 2, 3}, 3, {2, 1}, 2},
        {{1, 2, 3}, 3, {2, 1}, 2},
        {{0}, 0, {0, 0}, 0},
        {{5, 0, 3, 0, 4, 2}, 6, {0, 1}, 2},
        {{1, 2, 3, 0, 5, 3}, 6, {0, 3}, 2},
        {{5, 4, 8, 4, 8}, 5, {4, 1}, 2},
        {{7, 6, 7, 1}, 4, {6, 1}, 2},
        {{7, 9, 7, 1}, 4, {0, 0}, 0},
    };
    int out[2];
    int k, n, ok;
    for (k = 0; k < 8; k++) {
        n = pluck(cases[k].xs, cases[k].n, out);
        ok = n == cases[k].nwant;
        if (ok && n == 2)
            ok = out[0] == cases[k].want[0] && out[1] == cases[k].want[1];
        if (!ok) {
            fprintf(stderr, "HumanEval/68: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
