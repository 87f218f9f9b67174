/* HumanEval/91 test driver */
#include <stdio.h>

int is_bored(const char *S);

struct tcase {
    const char *s;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {"Hello world", 0},
        {"Is the sky blue?", 0},
        {"I love It !", 1},
        {"bIt", 0},
        {"I feel good today. I will be productive. will kill It", 2},
        {"You and I are going for a walk", 0},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (is_bored(cases[k].s) != cases[k].want) {
            fprintf(stderr, "HumanEval/91: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
