/* HumanEval/105 test driver */
#include <stdio.h>
#include <string.h>

int by_length(const int *arr, int n, const char **out);

struct tcase {
    int xs[8];
    int n;
    const char *want[8];
    int nwant;
};

int main(void)
{
    const struct tcase cases[] = {
        {{2, 1, 1, 4, 5, 8, 2, 3}, 8,
         {"Eight", "Five", "Four", "Three", "Two", "Two", "One", "One"}, 8},
        {{0}, 0, {NULL}, 0},
        {{1, -1, 55}, 3, {"One"}, 1},
        {{1, -1, 3, 2}, 4, {"Three", "Two", "One"}, 3},
        {{9, 4, 8}, 3, {"Nine", "Eight", "Four"}, 3},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        const char *out[16];
        int got = by_length(cases[k].xs, cases[k].n, out);
        int bad = got != cases[k].nwant;
        for (int i = 0; !bad && i < got; i++) {
            if (strcmp(out[i], cases[k].want[i]) != 0)
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/105: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
