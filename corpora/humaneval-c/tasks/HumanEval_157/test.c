/* HumanEval/157 test driver */
#include <stdio.h>

int right_angle_triangle(long a, long b, long c);

int main(void)
{
    struct { long a, b, c; int want; } cases[] = {
        {3, 4, 5, 1},
        {1, 2, 3, 0},
        {10, 6, 8, 1},
        {2, 2, 2, 0},
        {7, 24, 25, 1},
        {10, 5, 7, 0},
        {5, 12, 13, 1},
        {15, 8, 17, 1},
        {48, 55, 73, 1},
        {1, 1, 1, 0},
        {2, 2, 10, 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (right_angle_triangle(cases[k].a, cases[k].b, cases[k].c) != cases[k].want) {
            fprintf(stderr, "HumanEval/157: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
