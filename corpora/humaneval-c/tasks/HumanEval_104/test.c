/* HumanEval/104 test driver */
#include <stdio.h>

int unique_digits(const int *x, int n, int *out);

struct tcase {
    int xs[4];
    int n;
    int want[4];
    int nwant;
};

int main(void)
{
    const struct tcase cases[] = {
        {{15, 33, 1422, 1}, 4, {1, 15, 33}, 3},
        {{152, 323, 1422, 10}, 4, {0}, 0},
        {{12345, 2033, 111, 151}, 4, {111, 151}, 2},
        {{135, 103, 31}, 3, {31, 135}, 2},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        int out[8];
        int got = unique_digits(cases[k].xs, cases[k].n, out);
        int bad = got != cases[k].nwant;
        for (int i = 0; !bad && i < got; i++) {
            if (out[i] != cases[k].want[i])
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/104: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
