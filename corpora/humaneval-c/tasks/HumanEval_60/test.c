/* HumanEval/60 test driver */
#include <stdio.h>

long sum_to_n(long n);

int main(void)
{
    static const long in[] = {1, 6, 11, 30, 100};
    static const long want[] = {1, 21, 66, 465, 5050};
    int k;
    for (k = 0; k < 5; k++) {
        if (sum_to_n(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/60: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
