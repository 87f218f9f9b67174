/* HumanEval/12 test driver */
#include <stdio.h>
#include <string.h>

const char *longest(const char *const *strs, int n);

int main(void)
{
    static const char *const b[] = {"x", "y", "z"};
    static const char *const c[] = {"x", "yyy", "zzzz", "www", "kkkk", "abc"};
    const char *r;

    if (longest(NULL, 0) != NULL) {
        fprintf(stderr, "HumanEval/12: assert 1 failed\n");
        return 1;
    }
    r = longest(b, 3);
    if (r == NULL || strcmp(r, "x") != 0) {
        fprintf(stderr, "HumanEval/12: assert 2 failed\n");
        return 1;
    }
    r = longest(c, 6);
    if (r == NULL || strcmp(r, "zzzz") != 0 || r != c[2]) {
        fprintf(stderr, "HumanEval/12: assert 3 failed\n");
        return 1;
    }
    return 0;
}
