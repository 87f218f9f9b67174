/* HumanEval/124 test driver */
#include <stdio.h>

int valid_date(const char *date);

int main(void)
{
    struct { const char *in; int want; } cases[] = {
        {"03-11-2000", 1},
        {"15-01-2012", 0},
        {"04-0-2040", 0},
        {"06-04-2020", 1},
        {"01-01-2007", 1},
        {"03-32-2011", 0},
        {"", 0},
        {"04-31-3000", 0},
        {"06-06-2005", 1},
        {"21-31-2000", 0},
        {"04-12-2003", 1},
        {"04122003", 0},
        {"20030412", 0},
        {"2003-04", 0},
        {"2003-04-12", 0},
        {"04-2003", 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (valid_date(cases[k].in) != cases[k].want) {
            fprintf(stderr, "HumanEval/124: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
