/* HumanEval/110 test driver */
#include <stdio.h>
#include <string.h>

void exchange(const int *lst1, int n1, const int *lst2, int n2, char *out);

struct tcase {
    int a[8];
    int na;
    int b[8];
    int nb;
    const char *want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{1, 2, 3, 4}, 4, {1, 2, 3, 4}, 4, "YES"},
        {{1, 2, 3, 4}, 4, {1, 5, 3, 4}, 4, "NO"},
        {{1, 2, 3, 4}, 4, {2, 1, 4, 3}, 4, "YES"},
        {{5, 7, 3}, 3, {2, 6, 4}, 3, "YES"},
        {{5, 7, 3}, 3, {2, 6, 3}, 3, "NO"},
        {{3, 2, 6, 1, 8, 9}, 6, {3, 5, 5, 1, 1, 1}, 6, "NO"},
        {{100, 200}, 2, {200, 200}, 2, "YES"},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        char buf[16];
        memset(buf, 'x', sizeof buf);
        exchange(cases[k].a, cases[k].na, cases[k].b, cases[k].nb, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/110: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
