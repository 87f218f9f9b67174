/* HumanEval/33 test driver */
/* The first three Python asserts compare against the canonical sort_third;
   its results were computed once and written out as literals. */
#include <stdio.h>

int sort_third(const int *l, int n, int *out);

int main(void)
{
    static const int in1[] = {1, 2, 3}, w1[] = {1, 2, 3};
    static const int in2[] = {5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10};
    static const int w2[] = {1, 3, -5, 2, -3, 3, 5, 0, 123, 9, -10};
    static const int in3[] = {5, 8, -12, 4, 23, 2, 3, 11, 12, -10};
    static const int w3[] = {-10, 8, -12, 3, 23, 2, 4, 11, 12, 5};
    static const int in4[] = {5, 6, 3, 4, 8, 9, 2}, w4[] = {2, 6, 3, 4, 8, 9, 5};
    static const int in5[] = {5, 8, 3, 4, 6, 9, 2}, w5[] = {2, 8, 3, 4, 6, 9, 5};
    static const int in6[] = {5, 6, 9, 4, 8, 3, 2}, w6[] = {2, 6, 9, 4, 8, 3, 5};
    static const int in7[] = {5, 6, 3, 4, 8, 9, 2, 1}, w7[] = {2, 6, 3, 4, 8, 9, 5, 1};
    struct { const int *in; int n; const int *want; } cases[] = {
        {in1, 3, w1}, {in2, 11, w2}, {in3, 10, w3}, {in4, 7, w4},
        {in5, 7, w5}, {in6, 7, w6}, {in7, 8, w7},
    };
    for (int k = 0; k < 7; k++) {
        int out[16];
        int n = sort_third(cases[k].in, cases[k].n, out);
        int ok = (n == cases[k].n);
        for (int i = 0; ok && i < n; i++)
            ok = (out[i] == cases[k].want[i]);
        if (!ok) {
            fprintf(stderr, "HumanEval/33: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
