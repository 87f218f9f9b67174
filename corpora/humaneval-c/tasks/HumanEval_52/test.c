/* HumanEval/52 test driver */
#include <stdio.h>

int below_threshold(const int *l, int n, int t);

struct tcase {
    int xs[4];
    int t;
    int want;
};

int main(void)
{
    static const struct tcase cases[] = {
        {{1, 2, 4, 10}, 100, 1},
        {{1, 20, 4, 10}, 5, 0},
        {{1, 20, 4, 10}, 21, 1},
        {{1, 20, 4, 10}, 22, 1},
        {{1, 8, 4, 10}, 11, 1},
        {{1, 8, 4, 10}, 10, 0},
    };
    int k;
    for (k = 0; k < 6; k++) {
        if (below_threshold(cases[k].xs, 4, cases[k].t) != cases[k].want) {
            fprintf(stderr, "HumanEval/52: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
