/* HumanEval/1 test driver */
#include <stdio.h>
#include <string.h>

int separate_paren_groups(const char *s, char *out);

/* Compare the packed NUL-separated list in buf (cnt entries) with want[0..nw). */
static int same_groups(const char *buf, int cnt, const char *const *want, int nw)
{
    if (cnt != nw)
        return 0;
    for (int i = 0; i < cnt; i++) {
        if (strcmp(buf, want[i]) != 0)
            return 0;
        buf += strlen(buf) + 1;
    }
    return 1;
}

int main(void)
{
    char buf[128];
    static const char *const w1[] = {"(()())", "((()))", "()", "((())()())"};
    static const char *const w2[] = {"()", "(())", "((()))", "(((())))"};
    static const char *const w3[] = {"(()(())((())))"};
    static const char *const w4[] = {"()", "(())", "(()())"};
    struct { const char *in; const char *const *want; int nw; } cases[] = {
        {"(()()) ((())) () ((())()())", w1, 4},
        {"() (()) ((())) (((())))", w2, 4},
        {"(()(())((())))", w3, 1},
        {"( ) (( )) (( )( ))", w4, 3},
    };
    for (int k = 0; k < 4; k++) {
        int cnt = separate_paren_groups(cases[k].in, buf);
        if (!same_groups(buf, cnt, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/1: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
