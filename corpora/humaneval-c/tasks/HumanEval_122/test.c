/* HumanEval/122 test driver */
#include <stdio.h>

long add_elements(const int *arr, int n, int k);

struct tcase {
    int xs[10];
    int n;
    int k;
    long want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{1, -2, -3, 41, 57, 76, 87, 88, 99}, 9, 3, -4},
        {{111, 121, 3, 4000, 5, 6}, 6, 2, 0},
        {{11, 21, 3, 90, 5, 6, 7, 8, 9}, 9, 4, 125},
        {{111, 21, 3, 4000, 5, 6, 7, 8, 9}, 9, 4, 24},
        {{1}, 1, 1, 1},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (add_elements(cases[k].xs, cases[k].n, cases[k].k) != cases[k].want) {
            fprintf(stderr, "HumanEval/122: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
