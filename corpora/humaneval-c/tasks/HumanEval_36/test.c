/* HumanEval/36 test driver */
#include <stdio.h>

int fizz_buzz(int n);

int main(void)
{
    struct { int n, want; } cases[] = {
        {50, 0},
        {78, 2},
        {79, 3},
        {100, 3},
        {200, 6},
        {4000, 192},
        {10000, 639},
        {100000, 8026},
    };
    for (int k = 0; k < 8; k++) {
        if (fizz_buzz(cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/36: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
