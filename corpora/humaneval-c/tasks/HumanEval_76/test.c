/* HumanEval/76 test driver */
#include <stdio.h>

int is_simple_power(long x, long n);

int main(void)
{
    static const long xs[] = {16, 143214, 4, 9, 16, 24, 128, 12, 1, 1};
    static const long ns[] = {2, 16, 2, 3, 4, 2, 4, 6, 1, 12};
    static const int want[] = {1, 0, 1, 1, 1, 0, 0, 0, 1, 1};
    int k;
    for (k = 0; k < 10; k++) {
        if (is_simple_power(xs[k], ns[k]) != want[k]) {
            fprintf(stderr, "HumanEval/76: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
