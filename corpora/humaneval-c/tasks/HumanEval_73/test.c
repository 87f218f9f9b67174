/* HumanEval/73 test driver */
#include <stdio.h>

int smallest_change(const int *arr, int n);

struct tcase {
    int xs[8];
    int n;
    int want;
};

int main(void)
{
    static const struct tcase cases[] = {
        {{1, 2, 3, 5, 4, 7, 9, 6}, 8, 4},
        {{1, 2, 3, 4, 3, 2, 2}, 7, 1},
        {{1, 4, 2}, 3, 1},
        {{1, 4, 4, 2}, 4, 1},
        {{1, 2, 3, 2, 1}, 5, 0},
        {{3, 1, 1, 3}, 4, 0},
        {{1}, 1, 0},
        {{0, 1}, 2, 1},
    };
    int k;
    for (k = 0; k < 8; k++) {
        if (smallest_change(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/73: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
