/* HumanEval/97 test driver */
#include <stdio.h>

int multiply(int a, int b);

struct tcase {
    int a;
    int b;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {148, 412, 16},
        {19, 28, 72},
        {2020, 1851, 0},
        {14, -15, 20},
        {76, 67, 42},
        {17, 27, 49},
        {0, 1, 0},
        {0, 0, 0},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (multiply(cases[k].a, cases[k].b) != cases[k].want) {
            fprintf(stderr, "HumanEval/97: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
