/* HumanEval/111 test driver */
#include <stdio.h>
#include <string.h>

int histogram(const char *test, char *letters, int *count);

/* The expected dict is given by its keys (sorted alphabetically) and the shared count. */
struct tcase {
    const char *s;
    const char *keys;
    int count;
};

int main(void)
{
    const struct tcase cases[] = {
        {"a b b a", "ab", 2},
        {"a b c a b", "ab", 2},
        {"a b c d g", "abcdg", 1},
        {"r t g", "grt", 1},
        {"b b b b a", "b", 4},
        {"r t g", "grt", 1},
        {"", "", 0},
        {"a", "a", 1},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        char letters[32];
        int count = -1;
        memset(letters, 'x', sizeof letters);
        int n = histogram(cases[k].s, letters, &count);
        if (n != (int)strlen(cases[k].keys) || strcmp(letters, cases[k].keys) != 0 ||
            count != cases[k].count) {
            fprintf(stderr, "HumanEval/111: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
