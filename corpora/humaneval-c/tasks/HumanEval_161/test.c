/* HumanEval/161 test driver */
#include <stdio.h>
#include <string.h>

void solve(const char *s, char *out);

int main(void)
{
    struct { const char *in; const char *want; } cases[] = {
        {"AsDf", "aSdF"},
        {"1234", "4321"},
        {"ab", "AB"},
        {"#a@C", "#A@c"},
        {"#AsdfW^45", "#aSDFw^45"},
        {"#6@2", "2@6#"},
        {"#$a^D", "#$A^d"},
        {"#ccc", "#CCC"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        char buf[32];
        memset(buf, 'x', sizeof buf);
        solve(cases[k].in, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/161: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
