/* HumanEval/24 test driver */
#include <stdio.h>

int largest_divisor(int n);

int main(void)
{
    struct { int n, want; } cases[] = {
        {3, 1},
        {7, 1},
        {10, 5},
        {100, 50},
        {49, 7},
    };
    for (int k = 0; k < 5; k++) {
        if (largest_divisor(cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/24: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
