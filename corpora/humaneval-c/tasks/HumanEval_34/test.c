/* HumanEval/34 test driver */
#include <stdio.h>

int unique(const int *l, int n, int *out);

int main(void)
{
    static const int in[] = {5, 3, 5, 2, 3, 3, 9, 0, 123};
    static const int want[] = {0, 2, 3, 5, 9, 123};
    int out[16];
    int n = unique(in, 9, out);
    int ok = (n == 6);
    for (int i = 0; ok && i < n; i++)
        ok = (out[i] == want[i]);
    if (!ok) {
        fprintf(stderr, "HumanEval/34: assert 1 failed\n");
        return 1;
    }
    return 0;
}
