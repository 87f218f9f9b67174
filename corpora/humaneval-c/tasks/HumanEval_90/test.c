/* HumanEval/90 test driver */
#include <stdio.h>

int next_smallest(const int *lst, int n, int *out);

struct tcase {
    int xs[8];
    int n;
    int found; /* 0 means the Python result is None */
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{1, 2, 3, 4, 5}, 5, 1, 2},
        {{5, 1, 4, 3, 2}, 5, 1, 2},
        {{0}, 0, 0, 0},
        {{1, 1}, 2, 0, 0},
        {{1, 1, 1, 1, 0}, 5, 1, 1},
        {{1, 1}, 2, 0, 0}, /* [1, 0**0] */
        {{-35, 34, 12, -45}, 4, 1, -35},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        int got = 12345;
        int found = next_smallest(cases[k].xs, cases[k].n, &got);
        int ok = found == cases[k].found &&
                 (found ? got == cases[k].want : got == 12345);
        if (!ok) {
            fprintf(stderr, "HumanEval/90: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
