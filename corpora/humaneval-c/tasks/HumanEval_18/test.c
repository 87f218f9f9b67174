/* HumanEval/18 test driver */
#include <stdio.h>

int how_many_times(const char *s, const char *sub);

int main(void)
{
    struct { const char *s, *sub; int want; } cases[] = {
        {"", "x", 0},
        {"xyxyxyx", "x", 4},
        {"cacacacac", "cac", 4},
        {"john doe", "john", 1},
    };
    for (int k = 0; k < 4; k++) {
        if (how_many_times(cases[k].s, cases[k].sub) != cases[k].want) {
            fprintf(stderr, "HumanEval/18: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
