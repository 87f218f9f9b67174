/* HumanEval/140 test driver */
#include <stdio.h>
#include <string.h>

void fix_spaces(const char *text, char *out);

int main(void)
{
    struct { const char *in; const char *want; } cases[] = {
        {"Example", "Example"},
        {"Mudasir Hanif ", "Mudasir_Hanif_"},
        {"Yellow Yellow  Dirty  Fellow", "Yellow_Yellow__Dirty__Fellow"},
        {"Exa   mple", "Exa-mple"},
        {"   Exa 1 2 2 mple", "-Exa_1_2_2_mple"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        char buf[64];
        fix_spaces(cases[k].in, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/140: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
