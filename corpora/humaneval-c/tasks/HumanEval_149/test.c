/* HumanEval/149 test driver */
#include <stdio.h>
#include <string.h>

int sorted_list_sum(const char *const *lst, int n, const char **out);

int main(void)
{
    static const char *const a1[] = {"aa", "a", "aaa"};
    static const char *const w1[] = {"aa"};
    static const char *const a2[] = {"school", "AI", "asdf", "b"};
    static const char *const w2[] = {"AI", "asdf", "school"};
    static const char *const a3[] = {"d", "b", "c", "a"};
    static const char *const a4[] = {"d", "dcba", "abcd", "a"};
    static const char *const w4[] = {"abcd", "dcba"};
    static const char *const a5[] = {"AI", "ai", "au"};
    static const char *const w5[] = {"AI", "ai", "au"};
    static const char *const a6[] = {"a", "b", "b", "c", "c", "a"};
    static const char *const a7[] = {"aaaa", "bbbb", "dd", "cc"};
    static const char *const w7[] = {"cc", "dd", "aaaa", "bbbb"};
    struct { const char *const *in; int n; const char *const *want; int nw; } cases[] = {
        {a1, 3, w1, 1},
        {a2, 4, w2, 3},
        {a3, 4, NULL, 0},
        {a4, 4, w4, 2},
        {a5, 3, w5, 3},
        {a6, 6, NULL, 0},
        {a7, 4, w7, 4},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        const char *buf[8];
        int cnt = sorted_list_sum(cases[k].in, cases[k].n, buf);
        int ok = cnt == cases[k].nw;
        for (int i = 0; ok && i < cnt; i++)
            if (strcmp(buf[i], cases[k].want[i]) != 0)
                ok = 0;
        if (!ok) {
            fprintf(stderr, "HumanEval/149: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
