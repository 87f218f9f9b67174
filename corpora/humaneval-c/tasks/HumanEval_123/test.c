/* HumanEval/123 test driver */
#include <stdio.h>

int get_odd_collatz(long n, long *out, int cap);

static int same(const long *got, int ng, const long *want, int nw)
{
    if (ng != nw)
        return 0;
    for (int i = 0; i < nw; i++)
        if (got[i] != want[i])
            return 0;
    return 1;
}

int main(void)
{
    long buf[64];
    static const long w1[] = {1, 5, 7, 11, 13, 17};
    static const long w2[] = {1, 5};
    static const long w3[] = {1, 3, 5};
    static const long w4[] = {1};
    struct { long n; const long *want; int nw; } cases[] = {
        {14, w1, 6},
        {5, w2, 2},
        {12, w3, 3},
        {1, w4, 1},
    };
    for (int k = 0; k < 4; k++) {
        int cnt = get_odd_collatz(cases[k].n, buf, 64);
        if (!same(buf, cnt, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/123: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
