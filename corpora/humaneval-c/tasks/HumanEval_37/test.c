/* HumanEval/37 test driver */
#include <stdio.h>

int sort_even(const int *l, int n, int *out);

int main(void)
{
    static const int in1[] = {1, 2, 3}, w1[] = {1, 2, 3};
    static const int in2[] = {5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10};
    static const int w2[] = {-10, 3, -5, 2, -3, 3, 5, 0, 9, 1, 123};
    static const int in3[] = {5, 8, -12, 4, 23, 2, 3, 11, 12, -10};
    static const int w3[] = {-12, 8, 3, 4, 5, 2, 12, 11, 23, -10};
    struct { const int *in; int n; const int *want; } cases[] = {
        {in1, 3, w1}, {in2, 11, w2}, {in3, 10, w3},
    };
    for (int k = 0; k < 3; k++) {
        int out[16];
        int n = sort_even(cases[k].in, cases[k].n, out);
        int ok = (n == cases[k].n);
        for (int i = 0; ok && i < n; i++)
            ok = (out[i] == cases[k].want[i]);
        if (!ok) {
            fprintf(stderr, "HumanEval/37: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
