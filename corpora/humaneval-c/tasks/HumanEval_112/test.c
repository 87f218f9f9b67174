/* HumanEval/112 test driver */
#include <stdio.h>
#include <string.h>

int reverse_delete(const char *s, const char *c, char *out);

struct tcase {
    const char *s;
    const char *c;
    const char *want;
    int palindrome;
};

int main(void)
{
    const struct tcase cases[] = {
        {"abcde", "ae", "bcd", 0},
        {"abcdef", "b", "acdef", 0},
        {"abcdedcba", "ab", "cdedc", 1},
        {"dwik", "w", "dik", 0},
        {"a", "a", "", 1},
        {"abcdedcba", "", "abcdedcba", 1},
        {"abcdedcba", "v", "abcdedcba", 1},
        {"vabba", "v", "abba", 1},
        {"mamma", "mia", "", 1},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        char buf[32];
        memset(buf, 'x', sizeof buf);
        int flag = reverse_delete(cases[k].s, cases[k].c, buf);
        if (flag != cases[k].palindrome || strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/112: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
