#include <stdio.h>
int digit_sum(long n);
int main(void) {
    static const struct { long in; int out; } t[] = {{0, 0}, {7, 7}, {-123, 6}, {9999, 35}, {1000000007L, 8}};
    for (unsigned i = 0; i < sizeof t / sizeof t[0]; i++)
        if (digit_sum(t[i].in) != t[i].out) {
            fprintf(stderr, "digit_sum(%ld) = %d, want %d\n", t[i].in, digit_sum(t[i].in), t[i].out);
            return 1;
        }
    return 0;
}
