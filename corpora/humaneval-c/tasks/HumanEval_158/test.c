/* HumanEval/158 test driver */
#include <stdio.h>
#include <string.h>

const char *find_max(const char *const *words, int n);

int main(void)
{
    static const char *const a1[] = {"name", "of", "string"};
    static const char *const a2[] = {"name", "enam", "game"};
    static const char *const a3[] = {"aaaaaaa", "bb", "cc"};
    static const char *const a4[] = {"abc", "cba"};
    static const char *const a5[] = {"play", "this", "game", "of", "footbott"};
    static const char *const a6[] = {"we", "are", "gonna", "rock"};
    static const char *const a7[] = {"we", "are", "a", "mad", "nation"};
    static const char *const a8[] = {"this", "is", "a", "prrk"};
    static const char *const a9[] = {"b"};
    static const char *const a10[] = {"play", "play", "play"};
    struct { const char *const *words; int n; const char *want; } cases[] = {
        {a1, 3, "string"},
        {a2, 3, "enam"},
        {a3, 3, "aaaaaaa"},
        {a4, 2, "abc"},
        {a5, 5, "footbott"},
        {a6, 4, "gonna"},
        {a7, 5, "nation"},
        {a8, 4, "this"},
        {a9, 1, "b"},
        {a10, 3, "play"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        const char *got = find_max(cases[k].words, cases[k].n);
        if (got == NULL || strcmp(got, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/158: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
