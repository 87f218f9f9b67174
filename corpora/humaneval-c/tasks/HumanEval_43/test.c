/* HumanEval/43 test driver */
#include <stdio.h>

int pairs_sum_to_zero(const int *l, int n);

struct tcase {
    int xs[8];
    int n;
    int want;
};

int main(void)
{
    static const struct tcase cases[] = {
        {{1, 3, 5, 0}, 4, 0},
        {{1, 3, -2, 1}, 4, 0},
        {{1, 2, 3, 7}, 4, 0},
        {{2, 4, -5, 3, 5, 7}, 6, 1},
        {{1}, 1, 0},
        {{-3, 9, -1, 3, 2, 30}, 6, 1},
        {{-3, 9, -1, 3, 2, 31}, 6, 1},
        {{-3, 9, -1, 4, 2, 30}, 6, 0},
        {{-3, 9, -1, 4, 2, 31}, 6, 0},
    };
    int k;
    for (k = 0; k < (int)(sizeof cases / sizeof cases[0]); k++) {
        if (pairs_sum_to_zero(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/43: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
