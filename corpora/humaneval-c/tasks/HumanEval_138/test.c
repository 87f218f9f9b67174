/* HumanEval/138 test driver */
#include <stdio.h>

int is_equal_to_sum_even(int n);

int main(void)
{
    struct { int n; int want; } cases[] = {
        {4, 0}, {6, 0}, {8, 1}, {10, 1}, {11, 0}, {12, 1}, {13, 0}, {16, 1},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (is_equal_to_sum_even(cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/138: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
