/* HumanEval/85 test driver */
#include <stdio.h>

long add(const int *lst, int n);

struct tcase {
    int xs[8];
    int n;
    long want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{4, 88}, 2, 88},
        {{4, 5, 6, 7, 2, 122}, 6, 122},
        {{4, 0, 6, 7}, 4, 0},
        {{4, 4, 6, 8}, 4, 12},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (add(cases[k].xs, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/85: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
