/* HumanEval/129 test driver */
#include <stdio.h>

int minPath(const int *grid, int n, int k, int *out);

int main(void)
{
    static const int g1[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    static const int g2[] = {5, 9, 3, 4, 1, 6, 7, 8, 2};
    static const int g3[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    static const int g4[] = {6, 4, 13, 10, 5, 7, 12, 1, 3, 16, 11, 15, 8, 14, 9, 2};
    static const int g5[] = {8, 14, 9, 2, 6, 4, 13, 15, 5, 7, 1, 12, 3, 10, 11, 16};
    static const int g6[] = {11, 8, 7, 2, 5, 16, 14, 4, 9, 3, 15, 6, 12, 13, 10, 1};
    static const int g7[] = {12, 13, 10, 1, 9, 3, 15, 6, 5, 16, 14, 4, 11, 8, 7, 2};
    static const int g8[] = {2, 7, 4, 3, 1, 5, 6, 8, 9};
    static const int g9[] = {6, 1, 5, 3, 8, 9, 2, 7, 4};
    static const int g10[] = {1, 2, 3, 4};
    static const int g11[] = {1, 3, 3, 2};
    static const int w1[] = {1, 2, 1};
    static const int w2[] = {1};
    static const int w3[] = {1, 2, 1, 2};
    static const int w4[] = {1, 10, 1, 10, 1, 10, 1};
    static const int w5[] = {1, 7, 1, 7, 1};
    static const int w6[] = {1, 6, 1, 6, 1, 6, 1, 6, 1};
    static const int w7[] = {1, 6, 1, 6, 1, 6, 1, 6, 1, 6, 1, 6};
    static const int w8[] = {1, 3, 1, 3, 1, 3, 1, 3};
    static const int w9[] = {1, 5, 1, 5, 1, 5, 1, 5};
    static const int w10[] = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2};
    static const int w11[] = {1, 3, 1, 3, 1, 3, 1, 3, 1, 3};
    struct { const int *grid; int n; int k; const int *want; } cases[] = {
        {g1, 3, 3, w1},
        {g2, 3, 1, w2},
        {g3, 4, 4, w3},
        {g4, 4, 7, w4},
        {g5, 4, 5, w5},
        {g6, 4, 9, w6},
        {g7, 4, 12, w7},
        {g8, 3, 8, w8},
        {g9, 3, 8, w9},
        {g10, 2, 10, w10},
        {g11, 2, 10, w11},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        int buf[16];
        int cnt = minPath(cases[k].grid, cases[k].n, cases[k].k, buf);
        int ok = cnt == cases[k].k;
        for (int i = 0; ok && i < cnt; i++)
            if (buf[i] != cases[k].want[i])
                ok = 0;
        if (!ok) {
            fprintf(stderr, "HumanEval/129: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
