/* HumanEval/51 test driver */
#include <stdio.h>
#include <string.h>

void remove_vowels(const char *text, char *out);

int main(void)
{
    static const char *const in[] = {"", "abcdef\nghijklm", "fedcba", "eeeee", "acBAA", "EcBOO", "ybcd"};
    static const char *const want[] = {"", "bcdf\nghjklm", "fdcb", "", "cB", "cB", "ybcd"};
    char out[64];
    int k;
    for (k = 0; k < 7; k++) {
        remove_vowels(in[k], out);
        if (strcmp(out, want[k]) != 0) {
            fprintf(stderr, "HumanEval/51: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
