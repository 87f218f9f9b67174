/* HumanEval/78 test driver */
#include <stdio.h>

int hex_key(const char *num);

int main(void)
{
    /* The last Python assert passes an empty list `[]`; in C the empty
     * string "" stands for it. */
    static const char *const in[] = {
        "AB", "1077E", "ABED1A33", "2020", "123456789ABCDEF0",
        "112233445566778899AABBCCDDEEFF00", "",
    };
    static const int want[] = {1, 2, 4, 2, 6, 12, 0};
    int k;
    for (k = 0; k < 7; k++) {
        if (hex_key(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/78: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
