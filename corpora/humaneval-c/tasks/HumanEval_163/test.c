/* HumanEval/163 test driver */
#include <stdio.h>

int generate_integers(int a, int b, int *out);

int main(void)
{
    static const int w[] = {2, 4, 6, 8};
    struct { int a, b; int nw; } cases[] = {
        {2, 10, 4},
        {10, 2, 4},
        {132, 2, 4},
        {17, 89, 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        int buf[8];
        int cnt = generate_integers(cases[k].a, cases[k].b, buf);
        int ok = cnt == cases[k].nw;
        for (int i = 0; ok && i < cnt; i++)
            if (buf[i] != w[i])
                ok = 0;
        if (!ok) {
            fprintf(stderr, "HumanEval/163: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
