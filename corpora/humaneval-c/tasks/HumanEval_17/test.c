/* HumanEval/17 test driver */
#include <stdio.h>

int parse_music(const char *s, int *out);

static int same(const int *a, int na, const int *b, int nb)
{
    if (na != nb)
        return 0;
    for (int i = 0; i < na; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

int main(void)
{
    int out[32];
    static const int w2[] = {4, 4, 4, 4};
    static const int w3[] = {1, 1, 1, 1};
    static const int w4[] = {2, 2, 1, 1, 4, 4, 4, 4};
    static const int w5[] = {2, 1, 2, 1, 4, 2, 4, 2};
    struct { const char *in; const int *want; int nw; } cases[] = {
        {"", NULL, 0},
        {"o o o o", w2, 4},
        {".| .| .| .|", w3, 4},
        {"o| o| .| .| o o o o", w4, 8},
        {"o| .| o| .| o o| o o|", w5, 8},
    };
    for (int k = 0; k < 5; k++) {
        int n = parse_music(cases[k].in, out);
        if (!same(out, n, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/17: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
