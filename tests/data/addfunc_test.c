/* Test driver for addfunc.s: exits non-zero on the first wrong result. */
#include <stdio.h>

int add3(int a, int b, int c);

int main(void) {
    static const int cases[][4] = {
        {1, 2, 3, 6}, {-5, 5, 0, 0}, {2147483647, 1, 0, -2147483647 - 1}, {-1, -1, -1, -3}, {100, -200, 50, -50},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int got = add3(cases[i][0], cases[i][1], cases[i][2]);
        if (got != cases[i][3]) {
            fprintf(stderr, "case %u: got %d want %d\n", i, got, cases[i][3]);
            return 1;
        }
    }
    puts("add3 ok");
    return 0;
}
