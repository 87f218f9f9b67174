/* HumanEval/89 test driver */
#include <stdio.h>
#include <string.h>

void encrypt(const char *s, char *out);

struct tcase {
    const char *s;
    const char *want;
};

int main(void)
{
    const struct tcase cases[] = {
        {"hi", "lm"},
        {"asdfghjkl", "ewhjklnop"},
        {"gf", "kj"},
        {"et", "ix"},
        {"faewfawefaewg", "jeiajeaijeiak"},
        {"hellomyfriend", "lippsqcjvmirh"},
        {"dxzdlmnilfuhmilufhlihufnmlimnufhlimnufhfucufh",
         "hbdhpqrmpjylqmpyjlpmlyjrqpmqryjlpmqryjljygyjl"},
        {"a", "e"},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    char buf[128];
    for (int k = 0; k < ncases; k++) {
        memset(buf, 'x', sizeof buf);
        encrypt(cases[k].s, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/89: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
