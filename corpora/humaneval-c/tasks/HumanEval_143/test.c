/* HumanEval/143 test driver */
#include <stdio.h>
#include <string.h>

void words_in_sentence(const char *sentence, char *out);

int main(void)
{
    struct { const char *in; const char *want; } cases[] = {
        {"This is a test", "is"},
        {"lets go for swimming", "go for"},
        {"there is no place available here", "there is no place"},
        {"Hi I am Hussein", "Hi am Hussein"},
        {"go for it", "go for it"},
        {"here", ""},
        {"here is", "is"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        char buf[64];
        memset(buf, 'x', sizeof buf);
        words_in_sentence(cases[k].in, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/143: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
