/* HumanEval/86 test driver */
#include <stdio.h>
#include <string.h>

void anti_shuffle(const char *s, char *out);

struct tcase {
    const char *s;
    const char *want;
};

int main(void)
{
    const struct tcase cases[] = {
        {"Hi", "Hi"},
        {"hello", "ehllo"},
        {"number", "bemnru"},
        {"abcd", "abcd"},
        {"Hello World!!!", "Hello !!!Wdlor"},
        {"", ""},
        {"Hi. My name is Mister Robot. How are you?",
         ".Hi My aemn is Meirst .Rboot How aer ?ouy"},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    char buf[128];
    for (int k = 0; k < ncases; k++) {
        memset(buf, 'x', sizeof buf);
        anti_shuffle(cases[k].s, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/86: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
