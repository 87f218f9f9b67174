/* HumanEval/102 test driver */
#include <stdio.h>

int choose_num(int x, int y);

struct tcase {
    int x;
    int y;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {12, 15, 14},
        {13, 12, -1},
        {33, 12354, 12354},
        {5234, 5233, -1},
        {6, 29, 28},
        {27, 10, -1},
        {7, 7, -1},
        {546, 546, 546},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        if (choose_num(cases[k].x, cases[k].y) != cases[k].want) {
            fprintf(stderr, "HumanEval/102: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
