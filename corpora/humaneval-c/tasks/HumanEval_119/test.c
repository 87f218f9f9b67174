/* HumanEval/119 test driver */
#include <stdio.h>
#include <string.h>

void match_parens(const char *a, const char *b, char *out);

struct tcase {
    const char *a;
    const char *b;
    const char *want;
};

int main(void)
{
    const struct tcase cases[] = {
        {"()(", ")", "Yes"},
        {")", ")", "No"},
        {"(()(())", "())())", "No"},
        {")())", "(()()(", "Yes"},
        {"(())))", "(()())((", "Yes"},
        {"()", "())", "No"},
        {"(()(", "()))()", "Yes"},
        {"((((", "((())", "No"},
        {")(()", "(()(", "No"},
        {")(", ")(", "No"},
        {"(", ")", "Yes"},
        {")", "(", "Yes"},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        char buf[8];
        memset(buf, 'x', sizeof buf);
        match_parens(cases[k].a, cases[k].b, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/119: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
