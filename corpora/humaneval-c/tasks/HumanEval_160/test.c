/* HumanEval/160 test driver */
#include <stdio.h>

long do_algebra(const char *const *ops, const int *vals, int n);

int main(void)
{
    static const char *const o1[] = {"**", "*", "+"};
    static const int v1[] = {2, 3, 4, 5};
    static const char *const o2[] = {"+", "*", "-"};
    static const int v2[] = {2, 3, 4, 5};
    static const char *const o3[] = {"//", "*"};
    static const int v3[] = {7, 3, 4};
    struct { const char *const *ops; const int *vals; int n; long want; } cases[] = {
        {o1, v1, 4, 37},
        {o2, v2, 4, 9},
        {o3, v3, 3, 8},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (do_algebra(cases[k].ops, cases[k].vals, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/160: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
