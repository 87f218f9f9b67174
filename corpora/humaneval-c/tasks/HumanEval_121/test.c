/* HumanEval/121 test driver */
#include <stdio.h>

long solution(const int *lst, int n);

struct tcase {
    int xs[8];
    int n;
    long want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{5, 8, 7, 1}, 4, 12},
        {{3, 3, 3, 3, 3}, 5, 9},
        {{30, 13, 24, 321}, 4, 0},
        {{5, 9}, 2, 5},
        {{2, 4, 8}, 3, 0},
        {{30, 13, 23, 32}, 4, 23},
        {{3, 13, 2, 9}, 4, 3},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (solution(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/121: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
