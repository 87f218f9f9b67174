/* HumanEval/92 test driver */
#include <stdio.h>

int any_int(double x, int x_is_int, double y, int y_is_int, double z, int z_is_int);

struct tcase {
    double x;
    int xi;
    double y;
    int yi;
    double z;
    int zi;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {2, 1, 3, 1, 1, 1, 1},
        {2.5, 0, 2, 1, 3, 1, 0},
        {1.5, 0, 5, 1, 3.5, 0, 0},
        {2, 1, 6, 1, 2, 1, 0},
        {4, 1, 2, 1, 2, 1, 1},
        {2.2, 0, 2.2, 0, 2.2, 0, 0},
        {-4, 1, 6, 1, 2, 1, 1},
        {2, 1, 1, 1, 1, 1, 1},
        {3, 1, 4, 1, 7, 1, 1},
        {3.0, 0, 4, 1, 7, 1, 0},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        const struct tcase *t = &cases[k];
        if (any_int(t->x, t->xi, t->y, t->yi, t->z, t->zi) != t->want) {
            fprintf(stderr, "HumanEval/92: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
