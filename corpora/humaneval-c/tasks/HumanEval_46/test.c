/* HumanEval/46 test driver */
#include <stdio.h>

long fib4(int n);

int main(void)
{
    static const int in[] = {5, 8, 10, 12};
    static const long want[] = {4, 28, 104, 386};
    int k;
    for (k = 0; k < 4; k++) {
        if (fib4(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/46: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
