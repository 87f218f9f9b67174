/* HumanEval/88 test driver */
#include <stdio.h>

void sort_array(const int *array, int n, int *out);

struct tcase {
    int in[8];
    int want[8];
    int n;
};

int main(void)
{
    const struct tcase cases[] = {
        {{0}, {0}, 0},
        {{5}, {5}, 1},
        {{2, 4, 3, 0, 1, 5}, {0, 1, 2, 3, 4, 5}, 6},
        {{2, 4, 3, 0, 1, 5, 6}, {6, 5, 4, 3, 2, 1, 0}, 7},
        {{2, 1}, {1, 2}, 2},
        {{15, 42, 87, 32, 11, 0}, {0, 11, 15, 32, 42, 87}, 6},
        {{21, 14, 23, 11}, {23, 21, 14, 11}, 4},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        int in[8], out[8];
        for (int i = 0; i < 8; i++) {
            in[i] = cases[k].in[i];
            out[i] = -1;
        }
        sort_array(in, cases[k].n, out);
        int bad = 0;
        for (int i = 0; i < cases[k].n; i++) {
            if (out[i] != cases[k].want[i] || in[i] != cases[k].in[i])
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/88: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
