/* HumanEval/114 test driver */
#include <stdio.h>

long minSubArraySum(const long *nums, int n);

struct tcase {
    long xs[8];
    int n;
    long want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{2, 3, 4, 1, 2, 4}, 6, 1},
        {{-1, -2, -3}, 3, -6},
        {{-1, -2, -3, 2, -10}, 5, -14},
        {{-9999999999999999L}, 1, -9999999999999999L},
        {{0, 10, 20, 1000000}, 4, 0},
        {{-1, -2, -3, 10, -5}, 5, -6},
        {{100, -1, -2, -3, 10, -5}, 6, -6},
        {{10, 11, 13, 8, 3, 4}, 6, 3},
        {{100, -33, 32, -1, 0, -2}, 6, -33},
        {{-10}, 1, -10},
        {{7}, 1, 7},
        {{1, -1}, 2, -1},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (minSubArraySum(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/114: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
