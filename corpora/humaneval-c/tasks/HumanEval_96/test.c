/* HumanEval/96 test driver */
#include <stdio.h>

int count_up_to(int n, int *out);

struct tcase {
    int n;
    int want[32];
    int nwant;
};

int main(void)
{
    const struct tcase cases[] = {
        {5, {2, 3}, 2},
        {6, {2, 3, 5}, 3},
        {7, {2, 3, 5}, 3},
        {10, {2, 3, 5, 7}, 4},
        {0, {0}, 0},
        {22, {2, 3, 5, 7, 11, 13, 17, 19}, 8},
        {1, {0}, 0},
        {18, {2, 3, 5, 7, 11, 13, 17}, 7},
        {47, {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43}, 14},
        {101, {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61,
               67, 71, 73, 79, 83, 89, 97}, 25},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        int out[128];
        int got = count_up_to(cases[k].n, out);
        int bad = got != cases[k].nwant;
        for (int i = 0; !bad && i < got; i++) {
            if (out[i] != cases[k].want[i])
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/96: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
