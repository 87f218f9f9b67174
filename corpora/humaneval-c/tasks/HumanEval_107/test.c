/* HumanEval/107 test driver */
#include <stdio.h>

void even_odd_palindrome(int n, int *even_count, int *odd_count);

struct tcase {
    int n;
    int even;
    int odd;
};

int main(void)
{
    const struct tcase cases[] = {
        {123, 8, 13},
        {12, 4, 6},
        {3, 1, 2},
        {63, 6, 8},
        {25, 5, 6},
        {19, 4, 6},
        {9, 4, 5},
        {1, 0, 1},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        int even = -1, odd = -1;
        even_odd_palindrome(cases[k].n, &even, &odd);
        if (even != cases[k].even || odd != cases[k].odd) {
            fprintf(stderr, "HumanEval/107: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
