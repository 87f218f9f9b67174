/* HumanEval/75 test driver */
#include <stdio.h>

int is_multiply_prime(int a);

int main(void)
{
    static const int in[] = {5, 30, 8, 10, 125, 3 * 5 * 7, 3 * 6 * 7, 9 * 9 * 9, 11 * 9 * 9, 11 * 13 * 7};
    static const int want[] = {0, 1, 1, 0, 1, 1, 0, 0, 0, 1};
    int k;
    for (k = 0; k < 10; k++) {
        if (is_multiply_prime(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/75: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
