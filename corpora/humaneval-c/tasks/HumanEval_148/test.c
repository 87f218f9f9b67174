/* HumanEval/148 test driver */
#include <stdio.h>
#include <string.h>

int bf(const char *planet1, const char *planet2, const char **out);

int main(void)
{
    static const char *const w1[] = {"Saturn", "Uranus"};
    static const char *const w2[] = {"Venus"};
    static const char *const w3[] = {"Venus", "Earth", "Mars", "Jupiter", "Saturn"};
    static const char *const w4[] = {"Earth", "Mars", "Jupiter", "Saturn", "Uranus"};
    struct { const char *p1, *p2; const char *const *want; int nw; } cases[] = {
        {"Jupiter", "Neptune", w1, 2},
        {"Earth", "Mercury", w2, 1},
        {"Mercury", "Uranus", w3, 5},
        {"Neptune", "Venus", w4, 5},
        {"Earth", "Earth", NULL, 0},
        {"Mars", "Earth", NULL, 0},
        {"Jupiter", "Makemake", NULL, 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        const char *buf[8];
        int cnt = bf(cases[k].p1, cases[k].p2, buf);
        int ok = cnt == cases[k].nw;
        for (int i = 0; ok && i < cnt; i++)
            if (strcmp(buf[i], cases[k].want[i]) != 0)
                ok = 0;
        if (!ok) {
            fprintf(stderr, "HumanEval/148: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
