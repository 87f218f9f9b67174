/* HumanEval/39 test driver */
#include <stdio.h>

long prime_fib(int n);

int main(void)
{
    static const long want[] = {2, 3, 5, 13, 89, 233, 1597, 28657, 514229, 433494437};
    for (int k = 0; k < 10; k++) {
        if (prime_fib(k + 1) != want[k]) {
            fprintf(stderr, "HumanEval/39: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
