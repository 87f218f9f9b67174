/* HumanEval/95 test driver */
#include <stdio.h>

int check_dict_case(const char *const *keys, int n);

/* Only the keys of each dictionary literal matter; a non-string key is NULL. */
struct tcase {
    const char *keys[4];
    int n;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{"p", "b"}, 2, 1},
        {{"p", "A", "B"}, 3, 0},
        {{"p", NULL, "a"}, 3, 0}, /* key 5 is an int */
        {{"Name", "Age", "City"}, 3, 0},
        {{"STATE", "ZIP"}, 2, 1},
        {{"fruit", "taste"}, 2, 1},
        {{NULL}, 0, 0},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (check_dict_case(cases[k].keys, cases[k].n) != cases[k].want) {
            fprintf(stderr, "HumanEval/95: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
