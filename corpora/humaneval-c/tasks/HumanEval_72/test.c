/* HumanEval/72 test driver */
#include <stdio.h>

int will_it_fly(const int *q, int n, long w);

struct tcase {
    int xs[3];
    int n;
    long w;
    int want;
};

int main(void)
{
    static const struct tcase cases[] = {
        {{3, 2, 3}, 3, 9, 1},
        {{1, 2}, 2, 5, 0},
        {{3}, 1, 5, 1},
        {{3, 2, 3}, 3, 1, 0},
        {{1, 2, 3}, 3, 6, 0},
        {{5}, 1, 5, 1},
    };
    int k;
    for (k = 0; k < 6; k++) {
        if (will_it_fly(cases[k].xs, cases[k].n, cases[k].w) != cases[k].want) {
            fprintf(stderr, "HumanEval/72: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
