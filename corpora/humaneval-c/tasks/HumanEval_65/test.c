/* HumanEval/65 test driver */
#include <stdio.h>
#include <string.h>

void circular_shift(long x, int shift, char *out);

int main(void)
{
    static const long xs[] = {100, 12, 97, 12, 11};
    static const int shifts[] = {2, 2, 8, 1, 101};
    static const char *const want[] = {"001", "12", "79", "21", "11"};
    char out[32];
    int k;
    for (k = 0; k < 5; k++) {
        circular_shift(xs[k], shifts[k], out);
        if (strcmp(out, want[k]) != 0) {
            fprintf(stderr, "HumanEval/65: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
