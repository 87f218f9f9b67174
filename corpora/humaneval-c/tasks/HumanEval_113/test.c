/* HumanEval/113 test driver */
#include <stdio.h>
#include <string.h>

void odd_count(const char *const *lst, int n, char **out);

struct tcase {
    const char *in[4];
    int n;
    const char *want[4];
};

int main(void)
{
    const struct tcase cases[] = {
        {{"1234567"}, 1,
         {"the number of odd elements 4n the str4ng 4 of the 4nput."}},
        {{"3", "11111111"}, 2,
         {"the number of odd elements 1n the str1ng 1 of the 1nput.",
          "the number of odd elements 8n the str8ng 8 of the 8nput."}},
        {{"271", "137", "314"}, 3,
         {"the number of odd elements 2n the str2ng 2 of the 2nput.",
          "the number of odd elements 3n the str3ng 3 of the 3nput.",
          "the number of odd elements 2n the str2ng 2 of the 2nput."}},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        char store[4][96];
        char *out[4];
        for (int i = 0; i < 4; i++) {
            memset(store[i], 'x', sizeof store[i]);
            out[i] = store[i];
        }
        odd_count(cases[k].in, cases[k].n, out);
        int bad = 0;
        for (int i = 0; i < cases[k].n; i++) {
            if (strcmp(out[i], cases[k].want[i]) != 0)
                bad = 1;
        }
        if (bad) {
            fprintf(stderr, "HumanEval/113: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
