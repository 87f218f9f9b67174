/* HumanEval/159 test driver */
#include <stdio.h>

int eat(int number, int need, int remaining, int *out);

int main(void)
{
    struct { int number, need, remaining, w0, w1; } cases[] = {
        {5, 6, 10, 11, 4},
        {4, 8, 9, 12, 1},
        {1, 10, 10, 11, 0},
        {2, 11, 5, 7, 0},
        {4, 5, 7, 9, 2},
        {4, 5, 1, 5, 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        int out[2] = {-1, -1};
        int cnt = eat(cases[k].number, cases[k].need, cases[k].remaining, out);
        if (cnt != 2 || out[0] != cases[k].w0 || out[1] != cases[k].w1) {
            fprintf(stderr, "HumanEval/159: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
