/* HumanEval/147 test driver */
#include <stdio.h>

long get_max_triples(int n);

int main(void)
{
    struct { int n; long want; } cases[] = {
        {5, 1},
        {6, 4},
        {10, 36},
        {100, 53361},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (get_max_triples(cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/147: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
