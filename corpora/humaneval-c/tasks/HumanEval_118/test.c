/* HumanEval/118 test driver */
#include <stdio.h>
#include <string.h>

void get_closest_vowel(const char *word, char *out);

struct tcase {
    const char *s;
    const char *want;
};

int main(void)
{
    const struct tcase cases[] = {
        {"yogurt", "u"},
        {"full", "u"},
        {"easy", ""},
        {"eAsy", ""},
        {"ali", ""},
        {"bad", "a"},
        {"most", "o"},
        {"ab", ""},
        {"ba", ""},
        {"quick", ""},
        {"anime", "i"},
        {"Asia", ""},
        {"Above", "o"},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        char buf[8];
        memset(buf, 'x', sizeof buf);
        get_closest_vowel(cases[k].s, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/118: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
