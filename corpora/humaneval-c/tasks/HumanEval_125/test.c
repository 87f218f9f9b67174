/* HumanEval/125 test driver */
#include <stdio.h>
#include <string.h>

int split_words(const char *txt, char *buf, int *count);

static int same_words(const char *buf, int cnt, const char *const *want, int nw)
{
    if (cnt != nw)
        return 0;
    for (int i = 0; i < cnt; i++) {
        if (strcmp(buf, want[i]) != 0)
            return 0;
        buf += strlen(buf) + 1;
    }
    return 1;
}

int main(void)
{
    char buf[64];
    static const char *const w1[] = {"Hello", "world!"};
    static const char *const w3[] = {"Hello", "world,!"};
    static const char *const w4[] = {"Hello,Hello,world", "!"};
    /* is_list = 1: want/nw give the expected words; 0: number is expected */
    struct { const char *in; int is_list; const char *const *want; int nw; int number; } cases[] = {
        {"Hello world!", 1, w1, 2, 0},
        {"Hello,world!", 1, w1, 2, 0},
        {"Hello world,!", 1, w3, 2, 0},
        {"Hello,Hello,world !", 1, w4, 2, 0},
        {"abcdef", 0, NULL, 0, 3},
        {"aaabb", 0, NULL, 0, 2},
        {"aaaBb", 0, NULL, 0, 1},
        {"", 0, NULL, 0, 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        int cnt = -1;
        int kind = split_words(cases[k].in, buf, &cnt);
        int ok;
        if (cases[k].is_list)
            ok = kind == 1 && same_words(buf, cnt, cases[k].want, cases[k].nw);
        else
            ok = kind == 0 && cnt == cases[k].number;
        if (!ok) {
            fprintf(stderr, "HumanEval/125: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
