/* HumanEval/101 test driver */
#include <stdio.h>
#include <string.h>

int words_string(const char *s, char *buf, char **words);

struct tcase {
    const char *s;
    const char *want[8];
    int nwant;
};

int main(void)
{
    const struct tcase cases[] = {
        {"Hi, my name is John", {"Hi", "my", "name", "is", "John"}, 5},
        {"One, two, three, four, five, six", {"One", "two", "three", "four", "five", "six"}, 6},
        {"Hi, my name", {"Hi", "my", "name"}, 3},
        {"One,, two, three, four, five, six,", {"One", "two", "three", "four", "five", "six"}, 6},
        {"", {NULL}, 0},
        {"ahmed     , gamal", {"ahmed", "gamal"}, 2},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        char buf[64];
        char *words[32];
        int got = words_string(cases[k].s, buf, words);
        int bad = got != cases[k].nwant;
        for (int i = 0; !bad && i < got; i++) {
            if (strcmp(words[i], cases[k].want[i]) != 0)
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/101: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
