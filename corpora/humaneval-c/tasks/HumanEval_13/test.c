/* HumanEval/13 test driver */
#include <stdio.h>

int greatest_common_divisor(int a, int b);

int main(void)
{
    struct { int a, b, want; } cases[] = {
        {3, 7, 1},
        {10, 15, 5},
        {49, 14, 7},
        {144, 60, 12},
    };
    for (int k = 0; k < 4; k++) {
        if (greatest_common_divisor(cases[k].a, cases[k].b) != cases[k].want) {
            fprintf(stderr, "HumanEval/13: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
