/* HumanEval/59 test driver */
#include <stdio.h>

long largest_prime_factor(long n);

int main(void)
{
    static const long in[] = {15, 27, 63, 330, 13195};
    static const long want[] = {5, 3, 7, 11, 29};
    int k;
    for (k = 0; k < 5; k++) {
        if (largest_prime_factor(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/59: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
