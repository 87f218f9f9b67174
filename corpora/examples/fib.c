/* Recursion and printf with integer arguments. */
#include <stdio.h>

static int calls;

int fib(int n) {
    calls++;
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    for (int i = 0; i <= 15; i += 3)
        printf("fib(%d) = %d\n", i, fib(i));
    printf("calls: %d\n", calls);
    return fib(10) % 256 == 55 ? 0 : 1;
}
