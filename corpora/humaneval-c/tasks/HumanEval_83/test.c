/* HumanEval/83 test driver */
#include <stdio.h>

long starts_one_ends(int n);

int main(void)
{
    const int inputs[] = {1, 2, 3, 4, 5};
    const long wants[] = {1, 18, 180, 1800, 18000};
    for (int k = 0; k < 5; k++) {
        if (starts_one_ends(inputs[k]) != wants[k]) {
            fprintf(stderr, "HumanEval/83: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
