/* HumanEval/61 test driver */
#include <stdio.h>

int correct_bracketing(const char *brackets);

int main(void)
{
    static const char *const in[] = {
        "()", "(()())", "()()(()())()", "()()((()()())())(()()(()))",
        "((()())))", ")(()", "(", "((((", ")", "(()",
        "()()(()())())(()", "()()(()())()))()",
    };
    static const int want[] = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
    int k;
    for (k = 0; k < 12; k++) {
        if (correct_bracketing(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/61: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
