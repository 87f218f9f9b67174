/* HumanEval/99 test driver */
#include <stdio.h>

long closest_integer(const char *value);

struct tcase {
    const char *s;
    long want;
};

int main(void)
{
    const struct tcase cases[] = {
        {"10", 10},
        {"14.5", 15},
        {"-15.5", -16},
        {"15.3", 15},
        {"0", 0},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (closest_integer(cases[k].s) != cases[k].want) {
            fprintf(stderr, "HumanEval/99: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
