/* HumanEval/116 test driver */
#include <stdio.h>

void sort_array(const int *arr, int n, int *out);

struct tcase {
    int in[12];
    int want[12];
    int n;
};

int main(void)
{
    const struct tcase cases[] = {
        {{1, 5, 2, 3, 4}, {1, 2, 4, 3, 5}, 5},
        {{-2, -3, -4, -5, -6}, {-4, -2, -6, -5, -3}, 5},
        {{1, 0, 2, 3, 4}, {0, 1, 2, 4, 3}, 5},
        {{0}, {0}, 0},
        {{2, 5, 77, 4, 5, 3, 5, 7, 2, 3, 4}, {2, 2, 4, 4, 3, 3, 5, 5, 5, 7, 77}, 11},
        {{3, 6, 44, 12, 32, 5}, {32, 3, 5, 6, 12, 44}, 6},
        {{2, 4, 8, 16, 32}, {2, 4, 8, 16, 32}, 5},
        {{2, 4, 8, 16, 32}, {2, 4, 8, 16, 32}, 5},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        int out[12];
        for (int i = 0; i < 12; i++)
            out[i] = 999;
        sort_array(cases[k].in, cases[k].n, out);
        int bad = 0;
        for (int i = 0; i < cases[k].n; i++) {
            if (out[i] != cases[k].want[i])
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/116: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
