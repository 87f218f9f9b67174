/* HumanEval/70 test driver */
#include <stdio.h>

int strange_sort_list(const int *lst, int n, int *out);

struct tcase {
    int xs[8];
    int n;
    int want[8];
};

int main(void)
{
    static const struct tcase cases[] = {
        {{1, 2, 3, 4}, 4, {1, 4, 2, 3}},
        {{5, 6, 7, 8, 9}, 5, {5, 9, 6, 8, 7}},
        {{1, 2, 3, 4, 5}, 5, {1, 5, 2, 4, 3}},
        {{5, 6, 7, 8, 9, 1}, 6, {1, 9, 5, 8, 6, 7}},
        {{5, 5, 5, 5}, 4, {5, 5, 5, 5}},
        {{0}, 0, {0}},
        {{1, 2, 3, 4, 5, 6, 7, 8}, 8, {1, 8, 2, 7, 3, 6, 4, 5}},
        {{0, 2, 2, 2, 5, 5, -5, -5}, 8, {-5, 5, -5, 5, 0, 2, 2, 2}},
        {{111111}, 1, {111111}},
    };
    int out[8];
    int k, i, n, ok;
    /* the trailing `assert True` of the Python check is trivially true and omitted */
    for (k = 0; k < 9; k++) {
        n = strange_sort_list(cases[k].xs, cases[k].n, out);
        ok = n == cases[k].n;
        for (i = 0; ok && i < n; i++)
            ok = out[i] == cases[k].want[i];
        if (!ok) {
            fprintf(stderr, "HumanEval/70: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
