/* HumanEval/11 test driver */
#include <stdio.h>
#include <string.h>

int string_xor(const char *a, const char *b, char *out);

int main(void)
{
    char out[32];
    struct { const char *a, *b, *want; } cases[] = {
        {"111000", "101010", "010010"},
        {"1", "1", "0"},
        {"0101", "0000", "0101"},
    };
    for (int k = 0; k < 3; k++) {
        memset(out, '#', sizeof out);
        string_xor(cases[k].a, cases[k].b, out);
        if (strcmp(out, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/11: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
