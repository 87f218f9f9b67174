/* HumanEval/98 test driver */
#include <stdio.h>

int count_upper(const char *s);

struct tcase {
    const char *s;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {"aBCdEf", 1},
        {"abcdefg", 0},
        {"dBBE", 0},
        {"B", 0},
        {"U", 1},
        {"", 0},
        {"EEEE", 2},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (count_upper(cases[k].s) != cases[k].want) {
            fprintf(stderr, "HumanEval/98: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
