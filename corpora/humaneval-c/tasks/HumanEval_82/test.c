/* HumanEval/82 test driver */
#include <stdio.h>

int prime_length(const char *s);

struct tcase {
    const char *s;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {"Hello", 1},
        {"abcdcba", 1},
        {"kittens", 1},
        {"orange", 0},
        {"wow", 1},
        {"world", 1},
        {"MadaM", 1},
        {"Wow", 1},
        {"", 0},
        {"HI", 1},
        {"go", 1},
        {"gogo", 0},
        {"aaaaaaaaaaaaaaa", 0},
        {"Madam", 1},
        {"M", 0},
        {"0", 0},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (prime_length(cases[k].s) != cases[k].want) {
            fprintf(stderr, "HumanEval/82: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
