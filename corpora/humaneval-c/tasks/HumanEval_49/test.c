/* HumanEval/49 test driver */
#include <stdio.h>

long modp(long n, long p);

int main(void)
{
    static const long ns[] = {3, 1101, 0, 3, 100, 30, 31};
    static const long ps[] = {5, 101, 101, 11, 101, 5, 5};
    static const long want[] = {3, 2, 1, 8, 1, 4, 3};
    int k;
    for (k = 0; k < 7; k++) {
        if (modp(ns[k], ps[k]) != want[k]) {
            fprintf(stderr, "HumanEval/49: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
