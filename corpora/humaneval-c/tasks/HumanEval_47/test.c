/* HumanEval/47 test driver */
#include <stdio.h>
#include <math.h>

double median(const int *l, int n);

struct tcase {
    int xs[8];
    int n;
    double want;
};

int main(void)
{
    static const struct tcase cases[] = {
        {{3, 1, 2, 4, 5}, 5, 3.0},
        {{-10, 4, 6, 1000, 10, 20}, 6, 8.0},
        {{5}, 1, 5.0},
        {{6, 5}, 2, 5.5},
        {{8, 1, 3, 9, 9, 2, 7}, 7, 7.0},
    };
    int k;
    for (k = 0; k < 5; k++) {
        if (fabs(median(cases[k].xs, cases[k].n) - cases[k].want) > 1e-6) {
            fprintf(stderr, "HumanEval/47: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
