#include <stdio.h>
long gcd(long a, long b);
int main(void) {
    static const long t[][3] = {{12, 18, 6}, {17, 5, 1}, {0, 9, 9}, {-24, 36, 12}, {1L << 40, 1L << 20, 1L << 20}};
    for (unsigned i = 0; i < sizeof t / sizeof t[0]; i++)
        if (gcd(t[i][0], t[i][1]) != t[i][2]) {
            fprintf(stderr, "gcd(%ld, %ld) = %ld\n", t[i][0], t[i][1], gcd(t[i][0], t[i][1]));
            return 1;
        }
    return 0;
}
