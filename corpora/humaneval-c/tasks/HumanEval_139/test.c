/* HumanEval/139 test driver */
#include <stdio.h>

long special_factorial(int n);

int main(void)
{
    struct { int n; long want; } cases[] = {
        {4, 288L},
        {5, 34560L},
        {7, 125411328000L},
        {1, 1L},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (special_factorial(cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/139: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
