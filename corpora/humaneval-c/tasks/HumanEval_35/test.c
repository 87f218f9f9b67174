/* HumanEval/35 test driver */
#include <stdio.h>

int max_element(const int *l, int n);

int main(void)
{
    static const int a[] = {1, 2, 3};
    static const int b[] = {5, 3, -5, 2, -3, 3, 9, 0, 124, 1, -10};
    if (max_element(a, 3) != 3) {
        fprintf(stderr, "HumanEval/35: assert 1 failed\n");
        return 1;
    }
    if (max_element(b, 11) != 124) {
        fprintf(stderr, "HumanEval/35: assert 2 failed\n");
        return 1;
    }
    return 0;
}
