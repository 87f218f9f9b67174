/* HumanEval/54 test driver */
#include <stdio.h>

int same_chars(const char *s0, const char *s1);

int main(void)
{
    static const char *const a[] = {"eabcdzzzz", "abcd", "dddddddabc", "eabcd", "abcd", "eabcdzzzz", "aabb"};
    static const char *const b[] = {"dddzzzzzzzddeddabc", "dddddddabc", "abcd", "dddddddabc",
                                    "dddddddabcf", "dddzzzzzzzddddabc", "aaccc"};
    static const int want[] = {1, 1, 1, 0, 0, 0, 0};
    int k;
    for (k = 0; k < 7; k++) {
        if (same_chars(a[k], b[k]) != want[k]) {
            fprintf(stderr, "HumanEval/54: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
