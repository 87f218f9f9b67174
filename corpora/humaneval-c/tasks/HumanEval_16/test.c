/* HumanEval/16 test driver */
#include <stdio.h>

int count_distinct_characters(const char *s);

int main(void)
{
    struct { const char *in; int want; } cases[] = {
        {"", 0},
        {"abcde", 5},
        {"abcde" "cade" "CADE", 5},
        {"aaaaAAAAaaaa", 1},
        {"Jerry jERRY JeRRRY", 5},
    };
    for (int k = 0; k < 5; k++) {
        if (count_distinct_characters(cases[k].in) != cases[k].want) {
            fprintf(stderr, "HumanEval/16: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
