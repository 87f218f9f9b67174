/* HumanEval/10 test driver */
#include <stdio.h>
#include <string.h>

int make_palindrome(const char *s, char *out);

int main(void)
{
    char out[64];
    struct { const char *in, *want; } cases[] = {
        {"", ""},
        {"x", "x"},
        {"xyz", "xyzyx"},
        {"xyx", "xyx"},
        {"jerry", "jerryrrej"},
    };
    for (int k = 0; k < 5; k++) {
        memset(out, '#', sizeof out);
        make_palindrome(cases[k].in, out);
        if (strcmp(out, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/10: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
