/* HumanEval/145 test driver */
#include <stdio.h>

int order_by_points(const int *nums, int n, int *out);

int main(void)
{
    static const int a1[] = {1, 11, -1, -11, -12};
    static const int w1[] = {-1, -11, 1, -12, 11};
    static const int a2[] = {1234, 423, 463, 145, 2, 423, 423, 53, 6, 37, 3457, 3, 56, 0, 46};
    static const int w2[] = {0, 2, 3, 6, 53, 423, 423, 423, 1234, 145, 37, 46, 56, 463, 3457};
    static const int a4[] = {1, -11, -32, 43, 54, -98, 2, -3};
    static const int w4[] = {-3, -32, -98, -11, 1, 2, 43, 54};
    static const int a5[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    static const int w5[] = {1, 10, 2, 11, 3, 4, 5, 6, 7, 8, 9};
    static const int a6[] = {0, 6, 6, -76, -21, 23, 4};
    static const int w6[] = {-76, -21, 0, 4, 23, 6, 6};
    struct { const int *xs; int n; const int *want; } cases[] = {
        {a1, 5, w1},
        {a2, 15, w2},
        {NULL, 0, NULL},
        {a4, 8, w4},
        {a5, 11, w5},
        {a6, 7, w6},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        int buf[16];
        int cnt = order_by_points(cases[k].xs, cases[k].n, buf);
        int ok = cnt == cases[k].n;
        for (int i = 0; ok && i < cnt; i++)
            if (buf[i] != cases[k].want[i])
                ok = 0;
        if (!ok) {
            fprintf(stderr, "HumanEval/145: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
