/* HumanEval/134 test driver */
#include <stdio.h>

int check_if_last_char_is_a_letter(const char *txt);

int main(void)
{
    struct { const char *in; int want; } cases[] = {
        {"apple", 0},
        {"apple pi e", 1},
        {"eeeee", 0},
        {"A", 1},
        {"Pumpkin pie ", 0},
        {"Pumpkin pie 1", 0},
        {"", 0},
        {"eeeee e ", 0},
        {"apple pie", 0},
        {"apple pi e ", 0},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (check_if_last_char_is_a_letter(cases[k].in) != cases[k].want) {
            fprintf(stderr, "HumanEval/134: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
