/* HumanEval/77 test driver */
#include <stdio.h>

int iscube(long a);

int main(void)
{
    static const long in[] = {1, 2, -1, 64, 180, 1000, 0, 1729};
    static const int want[] = {1, 0, 1, 1, 0, 1, 1, 0};
    int k;
    for (k = 0; k < 8; k++) {
        if (iscube(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/77: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
