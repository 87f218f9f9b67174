/* HumanEval/74 test driver */
#include <stdio.h>
#include <string.h>

const char *const *total_match(const char *const *lst1, int n1,
                               const char *const *lst2, int n2, int *out_n);

struct tcase {
    const char *a[5];
    int na;
    const char *b[5];
    int nb;
    const char *want[5];
    int nwant;
};

int main(void)
{
    /* the two `assert True` lines of the Python check are trivially true and omitted */
    static const struct tcase cases[] = {
        {{0}, 0, {0}, 0, {0}, 0},
        {{"hi", "admin"}, 2, {"hi", "hi"}, 2, {"hi", "hi"}, 2},
        {{"hi", "admin"}, 2, {"hi", "hi", "admin", "project"}, 4, {"hi", "admin"}, 2},
        {{"4"}, 1, {"1", "2", "3", "4", "5"}, 5, {"4"}, 1},
        {{"hi", "admin"}, 2, {"hI", "Hi"}, 2, {"hI", "Hi"}, 2},
        {{"hi", "admin"}, 2, {"hI", "hi", "hi"}, 3, {"hI", "hi", "hi"}, 3},
        {{"hi", "admin"}, 2, {"hI", "hi", "hii"}, 3, {"hi", "admin"}, 2},
        {{0}, 0, {"this"}, 1, {0}, 0},
        {{"this"}, 1, {0}, 0, {0}, 0},
    };
    const char *const *res;
    int k, i, n, ok;
    for (k = 0; k < 9; k++) {
        res = total_match(cases[k].a, cases[k].na, cases[k].b, cases[k].nb, &n);
        ok = n == cases[k].nwant;
        for (i = 0; ok && i < n; i++)
            ok = strcmp(res[i], cases[k].want[i]) == 0;
        if (!ok) {
            fprintf(stderr, "HumanEval/74: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
