/* HumanEval/115 test driver */
#include <stdio.h>

int max_fill(const int *grid, int rows, int cols, int capacity);

struct tcase {
    int grid[16]; /* row-major */
    int rows;
    int cols;
    int capacity;
    int want;
};

int main(void)
{
    const struct tcase cases[] = {
        {{0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 1}, 3, 4, 1, 6},
        {{0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 1, 1}, 4, 4, 2, 5},
        {{0, 0, 0, 0, 0, 0}, 2, 3, 5, 0},
        {{1, 1, 1, 1, 1, 1, 1, 1}, 2, 4, 2, 4},
        {{1, 1, 1, 1, 1, 1, 1, 1}, 2, 4, 9, 2},
    };
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < ncases; k++) {
        const struct tcase *t = &cases[k];
        if (max_fill(t->grid, t->rows, t->cols, t->capacity) != t->want) {
            fprintf(stderr, "HumanEval/115: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
