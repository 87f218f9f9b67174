/* HumanEval/93 test driver */
#include <stdio.h>
#include <string.h>

void encode(const char *message, char *out);

struct tcase {
    const char *s;
    const char *want;
};

int main(void)
{
    const struct tcase cases[] = {
        {"TEST", "tgst"},
        {"Mudasir", "mWDCSKR"},
        {"YES", "ygs"},
        {"This is a message", "tHKS KS C MGSSCGG"},
        {"I DoNt KnOw WhAt tO WrItE", "k dQnT kNqW wHcT Tq wRkTg"},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    char buf[64];
    for (int k = 0; k < ncases; k++) {
        memset(buf, 'x', sizeof buf);
        encode(cases[k].s, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/93: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
