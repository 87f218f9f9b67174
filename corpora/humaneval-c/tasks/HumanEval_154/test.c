/* HumanEval/154 test driver */
#include <stdio.h>

int cycpattern_check(const char *a, const char *b);

int main(void)
{
    struct { const char *a, *b; int want; } cases[] = {
        {"xyzw", "xyw", 0},
        {"yello", "ell", 1},
        {"whattup", "ptut", 0},
        {"efef", "fee", 1},
        {"abab", "aabb", 0},
        {"winemtt", "tinem", 1},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (cycpattern_check(cases[k].a, cases[k].b) != cases[k].want) {
            fprintf(stderr, "HumanEval/154: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
