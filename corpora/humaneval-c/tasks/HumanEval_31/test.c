/* HumanEval/31 test driver */
#include <stdio.h>

int is_prime(long n);

int main(void)
{
    struct { long n; int want; } cases[] = {
        {6, 0},
        {101, 1},
        {11, 1},
        {13441, 1},
        {61, 1},
        {4, 0},
        {1, 0},
        {5, 1},
        {11, 1},
        {17, 1},
        {5 * 17, 0},
        {11 * 7, 0},
        {13441L * 19, 0},
    };
    for (int k = 0; k < 13; k++) {
        if (is_prime(cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/31: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
