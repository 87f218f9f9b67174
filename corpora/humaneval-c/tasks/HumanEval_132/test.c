/* HumanEval/132 test driver */
#include <stdio.h>

int is_nested(const char *s);

int main(void)
{
    struct { const char *in; int want; } cases[] = {
        {"[[]]", 1},
        {"[]]]]]]][[[[[]", 0},
        {"[][]", 0},
        {"[]", 0},
        {"[[[[]]]]", 1},
        {"[]]]]]]]]]]", 0},
        {"[][][[]]", 1},
        {"[[]", 0},
        {"[]]", 0},
        {"[[]][[", 1},
        {"[[][]]", 1},
        {"", 0},
        {"[[[[[[[[", 0},
        {"]]]]]]]]", 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (is_nested(cases[k].in) != cases[k].want) {
            fprintf(stderr, "HumanEval/132: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
