/* HumanEval/87 test driver */
#include <stdio.h>

int get_row(const int *const *rows, const int *lens, int nrows, int x, int *out);

/* Returns 1 when get_row produces exactly the nwant pairs in want. */
static int matches(const int *const *rows, const int *lens, int nrows, int x,
                   const int *want, int nwant)
{
    int out[128];
    for (int i = 0; i < 128; i++)
        out[i] = -7;
    int got = get_row(rows, lens, nrows, x, out);
    if (got != nwant)
        return 0;
    for (int i = 0; i < 2 * nwant; i++) {
        if (out[i] != want[i])
            return 0;
    }
    return 1;
}

int main(void)
{
    const int r123456[] = {1, 2, 3, 4, 5, 6};
    const int r123416[] = {1, 2, 3, 4, 1, 6};
    const int r123451[] = {1, 2, 3, 4, 5, 1};
    const int r113456[] = {1, 1, 3, 4, 5, 6};
    const int r121456[] = {1, 2, 1, 4, 5, 6};
    const int r123156[] = {1, 2, 3, 1, 5, 6};
    const int six[] = {6, 6, 6, 6, 6, 6, 6};

    /* assert 1 */
    {
        const int *const rows[] = {r123456, r123416, r123451};
        const int want[] = {0, 0, 1, 4, 1, 0, 2, 5, 2, 0};
        if (!matches(rows, six, 3, 1, want, 5)) {
            fprintf(stderr, "HumanEval/87: assert 1 failed\n");
            return 1;
        }
    }
    /* assert 2 */
    {
        const int *const rows[] = {r123456, r123456, r123456, r123456, r123456, r123456};
        const int want[] = {0, 1, 1, 1, 2, 1, 3, 1, 4, 1, 5, 1};
        if (!matches(rows, six, 6, 2, want, 6)) {
            fprintf(stderr, "HumanEval/87: assert 2 failed\n");
            return 1;
        }
    }
    /* assert 3 */
    {
        const int *const rows[] = {r123456, r123456, r113456, r121456,
                                   r123156, r123416, r123451};
        const int want[] = {0, 0, 1, 0, 2, 1, 2, 0, 3, 2, 3, 0,
                            4, 3, 4, 0, 5, 4, 5, 0, 6, 5, 6, 0};
        if (!matches(rows, six, 7, 1, want, 12)) {
            fprintf(stderr, "HumanEval/87: assert 3 failed\n");
            return 1;
        }
    }
    /* assert 4: get_row([], 1) == [] */
    {
        if (!matches(NULL, NULL, 0, 1, NULL, 0)) {
            fprintf(stderr, "HumanEval/87: assert 4 failed\n");
            return 1;
        }
    }
    /* assert 5: get_row([[1]], 2) == [] */
    {
        const int one[] = {1};
        const int *const rows[] = {one};
        const int lens[] = {1};
        if (!matches(rows, lens, 1, 2, NULL, 0)) {
            fprintf(stderr, "HumanEval/87: assert 5 failed\n");
            return 1;
        }
    }
    /* assert 6: get_row([[], [1], [1, 2, 3]], 3) == [(2, 2)] */
    {
        const int one[] = {1};
        const int r123[] = {1, 2, 3};
        const int *const rows[] = {NULL, one, r123};
        const int lens[] = {0, 1, 3};
        const int want[] = {2, 2};
        if (!matches(rows, lens, 3, 3, want, 1)) {
            fprintf(stderr, "HumanEval/87: assert 6 failed\n");
            return 1;
        }
    }
    return 0;
}
