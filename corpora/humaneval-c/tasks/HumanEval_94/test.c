/* HumanEval/94 test driver */
#include <stdio.h>

int skjkasdkd(const int *lst, int n);

struct tcase {
    int xs[24];
    int n;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{0, 3, 2, 1, 3, 5, 7, 4, 5, 5, 5, 2, 181, 32, 4, 32, 3, 2, 32, 324, 4, 3}, 22, 10},
        {{1, 0, 1, 8, 2, 4597, 2, 1, 3, 40, 1, 2, 1, 2, 4, 2, 5, 1}, 18, 25},
        {{1, 3, 1, 32, 5107, 34, 83278, 109, 163, 23, 2323, 32, 30, 1, 9, 3}, 16, 13},
        {{0, 724, 32, 71, 99, 32, 6, 0, 5, 91, 83, 0, 5, 6}, 14, 11},
        {{0, 81, 12, 3, 1, 21}, 6, 3},
        {{0, 8, 1, 2, 1, 7}, 6, 7},
        {{8191}, 1, 19},
        {{8191, 123456, 127, 7}, 4, 19},
        {{127, 97, 8192}, 3, 10},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (skjkasdkd(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/94: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
