/* HumanEval/15 test driver */
#include <stdio.h>
#include <string.h>

int string_sequence(int n, char *out);

int main(void)
{
    char out[256];
    struct { int n; const char *want; } cases[] = {
        {0, "0"},
        {3, "0 1 2 3"},
        {10, "0 1 2 3 4 5 6 7 8 9 10"},
    };
    for (int k = 0; k < 3; k++) {
        memset(out, '#', sizeof out);
        string_sequence(cases[k].n, out);
        if (strcmp(out, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/15: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
