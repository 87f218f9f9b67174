/* HumanEval/108 test driver */
#include <stdio.h>

int count_nums(const int *arr, int n);

struct tcase {
    int xs[8];
    int n;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{0}, 0, 0},
        {{-1, -2, 0}, 3, 0},
        {{1, 1, 2, -2, 3, 4, 5}, 7, 6},
        {{1, 6, 9, -6, 0, 1, 5}, 7, 5},
        {{1, 100, 98, -7, 1, -1}, 6, 4},
        {{12, 23, 34, -45, -56, 0}, 6, 5},
        {{-0, 1}, 2, 1}, /* [-0, 1**0] */
        {{1}, 1, 1},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (count_nums(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/108: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
