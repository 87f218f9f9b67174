/* HumanEval/117 test driver */
#include <stdio.h>
#include <string.h>

int select_words(const char *s, int n, char *buf, char **words);

struct tcase {
    const char *s;
    int n;
    const char *want[4];
    int nwant;
};

int main(void)
{
    const struct tcase cases[] = {
        {"Mary had a little lamb", 4, {"little"}, 1},
        {"Mary had a little lamb", 3, {"Mary", "lamb"}, 2},
        {"simple white space", 2, {NULL}, 0},
        {"Hello world", 4, {"world"}, 1},
        {"Uncle sam", 3, {"Uncle"}, 1},
        {"", 4, {NULL}, 0},
        {"a b c d e f", 1, {"b", "c", "d", "f"}, 4},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        char buf[64];
        char *words[32];
        int got = select_words(cases[k].s, cases[k].n, buf, words);
        int bad = got != cases[k].nwant;
        for (int i = 0; !bad && i < got; i++) {
            if (strcmp(words[i], cases[k].want[i]) != 0)
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/117: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
