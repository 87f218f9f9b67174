/* HumanEval/120 test driver */
#include <stdio.h>

int maximum(const int *arr, int n, int k, int *out);

struct tcase {
    int xs[8];
    int n;
    int k;
    int want[8];
};

int main(void)
{
    const struct tcase cases[] = {
        {{-3, -4, 5}, 3, 3, {-4, -3, 5}},
        {{4, -4, 4}, 3, 2, {4, 4}},
        {{-3, 2, 1, 2, -1, -2, 1}, 7, 1, {2}},
        {{123, -123, 20, 0, 1, 2, -3}, 7, 3, {2, 20, 123}},
        {{-123, 20, 0, 1, 2, -3}, 6, 4, {0, 1, 2, 20}},
        {{5, 15, 0, 3, -13, -8, 0}, 7, 7, {-13, -8, 0, 0, 3, 5, 15}},
        {{-1, 0, 2, 5, 3, -10}, 6, 2, {3, 5}},
        {{1, 0, 5, -7}, 4, 1, {5}},
        {{4, -4}, 2, 2, {-4, 4}},
        {{-10, 10}, 2, 2, {-10, 10}},
        {{1, 2, 3, -23, 243, -400, 0}, 7, 0, {0}},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        int out[8];
        int got = maximum(cases[k].xs, cases[k].n, cases[k].k, out);
        int bad = got != cases[k].k;
        for (int i = 0; !bad && i < got; i++) {
            if (out[i] != cases[k].want[i])
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/120: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
