/* HumanEval/27 test driver */
#include <stdio.h>
#include <string.h>

int flip_case(const char *s, char *out);

int main(void)
{
    char out[128];
    struct { const char *in, *want; } cases[] = {
        {"", ""},
        {"Hello!", "hELLO!"},
        {"These violent delights have violent ends", "tHESE VIOLENT DELIGHTS HAVE VIOLENT ENDS"},
    };
    for (int k = 0; k < 3; k++) {
        memset(out, '#', sizeof out);
        flip_case(cases[k].in, out);
        if (strcmp(out, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/27: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
