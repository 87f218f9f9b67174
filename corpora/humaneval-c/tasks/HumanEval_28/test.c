/* HumanEval/28 test driver */
#include <stdio.h>
#include <string.h>

int concatenate(const char *const *strs, int n, char *out);

int main(void)
{
    char out[64];
    static const char *const in2[] = {"x", "y", "z"};
    static const char *const in3[] = {"x", "y", "z", "w", "k"};
    struct { const char *const *in; int n; const char *want; } cases[] = {
        {NULL, 0, ""},
        {in2, 3, "xyz"},
        {in3, 5, "xyzwk"},
    };
    for (int k = 0; k < 3; k++) {
        memset(out, '#', sizeof out);
        concatenate(cases[k].in, cases[k].n, out);
        if (strcmp(out, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/28: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
