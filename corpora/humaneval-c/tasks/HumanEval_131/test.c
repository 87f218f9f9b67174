/* HumanEval/131 test driver */
#include <stdio.h>

long digits(long n);

int main(void)
{
    struct { long n; long want; } cases[] = {
        {5, 5},
        {54, 5},
        {120, 1},
        {5014, 5},
        {98765, 315},
        {5576543, 2625},
        {2468, 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (digits(cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/131: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
