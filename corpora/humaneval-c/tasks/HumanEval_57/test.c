/* HumanEval/57 test driver */
#include <stdio.h>

int monotonic(const int *l, int n);

struct tcase {
    int xs[6];
    int n;
    int want;
};

int main(void)
{
    static const struct tcase cases[] = {
        {{1, 2, 4, 10}, 4, 1},
        {{1, 2, 4, 20}, 4, 1},
        {{1, 20, 4, 10}, 4, 0},
        {{4, 1, 0, -10}, 4, 1},
        {{4, 1, 1, 0}, 4, 1},
        {{1, 2, 3, 2, 5, 60}, 6, 0},
        {{1, 2, 3, 4, 5, 60}, 6, 1},
        {{9, 9, 9, 9}, 4, 1},
    };
    int k;
    for (k = 0; k < 8; k++) {
        if (monotonic(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/57: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
