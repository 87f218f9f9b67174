/* HumanEval/67 test driver */
#include <stdio.h>

long fruit_distribution(const char *s, long n);

int main(void)
{
    static const char *const in[] = {
        "5 apples and 6 oranges", "5 apples and 6 oranges", "0 apples and 1 oranges",
        "1 apples and 0 oranges", "2 apples and 3 oranges", "2 apples and 3 oranges",
        "1 apples and 100 oranges",
    };
    static const long ns[] = {19, 21, 3, 3, 100, 5, 120};
    static const long want[] = {8, 10, 2, 2, 95, 0, 19};
    int k;
    for (k = 0; k < 7; k++) {
        if (fruit_distribution(in[k], ns[k]) != want[k]) {
            fprintf(stderr, "HumanEval/67: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
