/* HumanEval/44 test driver */
#include <stdio.h>
#include <string.h>

void change_base(long x, int base, char *out);

static int fail(int k)
{
    fprintf(stderr, "HumanEval/44: assert %d failed\n", k);
    return 1;
}

int main(void)
{
    static const long xs[] = {8, 9, 234, 16, 8, 7};
    static const int bases[] = {3, 3, 2, 2, 2, 2};
    static const char *const want[] = {"22", "100", "11101010", "10000", "1000", "111"};
    char out[64];
    char expect[8];
    int k;
    long x;

    for (k = 0; k < 6; k++) {
        change_base(xs[k], bases[k], out);
        if (strcmp(out, want[k]) != 0)
            return fail(k + 1);
    }
    /* for x in range(2, 8): assert candidate(x, x + 1) == str(x) */
    for (x = 2; x < 8; x++) {
        change_base(x, (int)x + 1, out);
        expect[0] = (char)('0' + x);
        expect[1] = '\0';
        if (strcmp(out, expect) != 0)
            return fail(7);
    }
    return 0;
}
