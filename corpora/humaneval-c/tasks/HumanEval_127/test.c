/* HumanEval/127 test driver */
#include <stdio.h>
#include <string.h>

void intersection(long start1, long end1, long start2, long end2, char *out);

int main(void)
{
    struct { long a0, a1, b0, b1; const char *want; } cases[] = {
        {1, 2, 2, 3, "NO"},
        {-1, 1, 0, 4, "NO"},
        {-3, -1, -5, 5, "YES"},
        {-2, 2, -4, 0, "YES"},
        {-11, 2, -1, -1, "NO"},
        {1, 2, 3, 5, "NO"},
        {1, 2, 1, 2, "NO"},
        {-2, -2, -3, -2, "NO"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        char buf[8];
        memset(buf, 'x', sizeof buf);
        intersection(cases[k].a0, cases[k].a1, cases[k].b0, cases[k].b1, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/127: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
