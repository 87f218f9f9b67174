/* HumanEval/150 test driver */
#include <stdio.h>

int x_or_y(int n, int x, int y);

int main(void)
{
    struct { int n, x, y, want; } cases[] = {
        {7, 34, 12, 34},
        {15, 8, 5, 5},
        {3, 33, 5212, 33},
        {1259, 3, 52, 3},
        {7919, -1, 12, -1},
        {3609, 1245, 583, 583},
        {91, 56, 129, 129},
        {6, 34, 1234, 1234},
        {1, 2, 0, 0},
        {2, 2, 0, 2},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (x_or_y(cases[k].n, cases[k].x, cases[k].y) != cases[k].want) {
            fprintf(stderr, "HumanEval/150: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
