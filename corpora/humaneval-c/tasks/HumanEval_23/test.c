/* HumanEval/23 test driver */
#include <stdio.h>

long he_strlen(const char *s);

int main(void)
{
    struct { const char *in; long want; } cases[] = {
        {"", 0},
        {"x", 1},
        {"asdasnakj", 9},
    };
    for (int k = 0; k < 3; k++) {
        if (he_strlen(cases[k].in) != cases[k].want) {
            fprintf(stderr, "HumanEval/23: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
