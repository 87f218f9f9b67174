/* HumanEval/106 test driver */
#include <stdio.h>

int f(int n, long *out);

struct tcase {
    int n;
    long want[8];
};

int main(void)
{
    const struct tcase cases[] = {
        {5, {1, 2, 6, 24, 15}},
        {7, {1, 2, 6, 24, 15, 720, 28}},
        {1, {1}},
        {3, {1, 2, 6}},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        long out[16];
        int got = f(cases[k].n, out);
        int bad = got != cases[k].n;
        for (int i = 0; !bad && i < got; i++) {
            if (out[i] != cases[k].want[i])
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/106: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
