/* HumanEval/80 test driver */
#include <stdio.h>

int is_happy(const char *s);

int main(void)
{
    static const char *const in[] = {"a", "aa", "abcd", "aabb", "adb", "xyy", "iopaxpoi", "iopaxioi"};
    static const int want[] = {0, 0, 1, 0, 1, 0, 1, 0};
    int k;
    for (k = 0; k < 8; k++) {
        if (is_happy(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/80: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
