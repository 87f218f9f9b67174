/* HumanEval/109 test driver */
#include <stdio.h>

int move_one_ball(const int *arr, int n);

struct tcase {
    int xs[8];
    int n;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{3, 4, 5, 1, 2}, 5, 1},
        {{3, 5, 10, 1, 2}, 5, 1},
        {{4, 3, 1, 2}, 4, 0},
        {{3, 5, 4, 1, 2}, 5, 0},
        {{0}, 0, 1},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (move_one_ball(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/109: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
