/* HumanEval/144 test driver */
#include <stdio.h>

int simplify(const char *x, const char *n);

int main(void)
{
    struct { const char *x, *n; int want; } cases[] = {
        {"1/5", "5/1", 1},
        {"1/6", "2/1", 0},
        {"5/1", "3/1", 1},
        {"7/10", "10/2", 0},
        {"2/10", "50/10", 1},
        {"7/2", "4/2", 1},
        {"11/6", "6/1", 1},
        {"2/3", "5/2", 0},
        {"5/2", "3/5", 0},
        {"2/4", "8/4", 1},
        {"2/4", "4/2", 1},
        {"1/5", "5/1", 1},
        {"1/5", "1/5", 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (simplify(cases[k].x, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/144: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
