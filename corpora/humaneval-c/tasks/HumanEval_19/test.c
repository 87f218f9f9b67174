/* HumanEval/19 test driver */
#include <stdio.h>
#include <string.h>

int sort_numbers(const char *s, char *out);

int main(void)
{
    char out[128];
    struct { const char *in, *want; } cases[] = {
        {"", ""},
        {"three", "three"},
        {"three five nine", "three five nine"},
        {"five zero four seven nine eight", "zero four five seven eight nine"},
        {"six five four three two one zero", "zero one two three four five six"},
    };
    for (int k = 0; k < 5; k++) {
        memset(out, '#', sizeof out);
        sort_numbers(cases[k].in, out);
        if (strcmp(out, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/19: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
