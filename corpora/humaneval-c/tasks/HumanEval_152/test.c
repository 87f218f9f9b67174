/* HumanEval/152 test driver */
#include <stdio.h>

int compare(const int *game, const int *guess, int n, int *out);

int main(void)
{
    static const int g1[] = {1, 2, 3, 4, 5, 1}, u1[] = {1, 2, 3, 4, 2, -2}, w1[] = {0, 0, 0, 0, 3, 3};
    static const int g2[] = {0, 0, 0, 0, 0, 0}, u2[] = {0, 0, 0, 0, 0, 0}, w2[] = {0, 0, 0, 0, 0, 0};
    static const int g3[] = {1, 2, 3}, u3[] = {-1, -2, -3}, w3[] = {2, 4, 6};
    static const int g4[] = {1, 2, 3, 5}, u4[] = {-1, 2, 3, 4}, w4[] = {2, 0, 0, 1};
    struct { const int *game, *guess; int n; const int *want; } cases[] = {
        {g1, u1, 6, w1},
        {g2, u2, 6, w2},
        {g3, u3, 3, w3},
        {g4, u4, 4, w4},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        int buf[8];
        int cnt = compare(cases[k].game, cases[k].guess, cases[k].n, buf);
        int ok = cnt == cases[k].n;
        for (int i = 0; ok && i < cnt; i++)
            if (buf[i] != cases[k].want[i])
                ok = 0;
        if (!ok) {
            fprintf(stderr, "HumanEval/152: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
