/* HumanEval/14 test driver */
#include <stdio.h>
#include <string.h>

int all_prefixes(const char *s, char *out);

/* Compare the packed NUL-separated list in buf (cnt entries) with want[0..nw). */
static int same_list(const char *buf, int cnt, const char *const *want, int nw)
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
    char buf[128];
    static const char *const w2[] = {"a", "as", "asd", "asdf", "asdfg", "asdfgh"};
    static const char *const w3[] = {"W", "WW", "WWW"};
    struct { const char *in; const char *const *want; int nw; } cases[] = {
        {"", NULL, 0},
        {"asdfgh", w2, 6},
        {"WWW", w3, 3},
    };
    for (int k = 0; k < 3; k++) {
        int cnt = all_prefixes(cases[k].in, buf);
        if (!same_list(buf, cnt, cases[k].want, cases[k].nw)) {
            fprintf(stderr, "HumanEval/14: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
