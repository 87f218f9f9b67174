/* HumanEval/84 test driver */
#include <stdio.h>
#include <string.h>

void solve(int N, char *out);

struct tcase {
    int n;
    const char *want;
};

int main(void)
{
    const struct tcase cases[] = {
        {1000, "1"},
        {150, "110"},
        {147, "1100"},
        {333, "1001"},
        {963, "10010"},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    char buf[64];
    for (int k = 0; k < ncases; k++) {
        memset(buf, 'x', sizeof buf);
        solve(cases[k].n, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/84: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
