/* Global arrays, loops, signed comparisons, a non-zero exit code. */
#include <stdio.h>

int values[] = {3, -7, 12, 0, 45, -1, 8, 19, -30, 6};
long total;

long sum(const int *xs, int n) {
    long s = 0;
    for (int i = 0; i < n; i++)
        s += xs[i];
    return s;
}

int count_negative(const int *xs, int n) {
    int c = 0;
    for (int i = 0; i < n; i++)
        if (xs[i] < 0)
            c++;
    return c;
}

int max_of(const int *xs, int n) {
    int m = xs[0];
    for (int i = 1; i < n; i++)
        if (xs[i] > m)
            m = xs[i];
    return m;
}

int main(void) {
    int n = sizeof values / sizeof values[0];
    total = sum(values, n);
    printf("sum=%ld negative=%d max=%d\n", total, count_negative(values, n), max_of(values, n));
    return (int)(total & 0x7f);
}
