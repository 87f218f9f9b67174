/* HumanEval/100 test driver */
#include <stdio.h>

int make_a_pile(int n, int *out);

struct tcase {
    int n;
    int want[8];
};

int main(void)
{
    const struct tcase cases[] = {
        {3, {3, 5, 7}},
        {4, {4, 6, 8, 10}},
        {5, {5, 7, 9, 11, 13}},
        {6, {6, 8, 10, 12, 14, 16}},
        {8, {8, 10, 12, 14, 16, 18, 20, 22}},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        int out[16];
        int got = make_a_pile(cases[k].n, out);
        int bad = got != cases[k].n;
        for (int i = 0; !bad && i < got; i++) {
            if (out[i] != cases[k].want[i])
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/100: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
