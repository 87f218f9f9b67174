/* HumanEval/48 test driver */
#include <stdio.h>

int is_palindrome(const char *text);

int main(void)
{
    static const char *const in[] = {"", "aba", "aaaaa", "zbcd", "xywyx", "xywyz", "xywzx"};
    static const int want[] = {1, 1, 1, 0, 1, 0, 0};
    int k;
    for (k = 0; k < 7; k++) {
        if (is_palindrome(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/48: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
