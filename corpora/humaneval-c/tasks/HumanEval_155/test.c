/* HumanEval/155 test driver */
#include <stdio.h>

void even_odd_count(long num, int *even_count, int *odd_count);

int main(void)
{
    struct { long num; int even, odd; } cases[] = {
        {7, 0, 1},
        {-78, 1, 1},
        {3452, 2, 2},
        {346211, 3, 3},
        {-345821, 3, 3},
        {-2, 1, 0},
        {-45347, 2, 3},
        {0, 1, 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        int e = -1, o = -1;
        even_odd_count(cases[k].num, &e, &o);
        if (e != cases[k].even || o != cases[k].odd) {
            fprintf(stderr, "HumanEval/155: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
