/* HumanEval/63 test driver */
#include <stdio.h>

long fibfib(int n);

int main(void)
{
    static const int in[] = {2, 1, 5, 8, 10, 12, 14};
    static const long want[] = {1, 0, 4, 24, 81, 274, 927};
    int k;
    for (k = 0; k < 7; k++) {
        if (fibfib(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/63: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
