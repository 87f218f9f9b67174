/* Nested loops, conditional moves at -O2, a switch statement. */
#include <stdio.h>

int collatz_steps(long n) {
    int steps = 0;
    while (n != 1) {
        n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
        steps++;
    }
    return steps;
}

const char *kind(int d) {
    switch (d) {
    case 0: return "zero";
    case 1: return "one";
    case 2: return "two";
    case 3: return "three";
    case 4: return "four";
    case 5: return "five";
    default: return "many";
    }
}

int main(void) {
    int best = 0;
    long arg = 0;
    for (long i = 1; i < 300; i++) {
        int s = collatz_steps(i);
        if (s > best) {
            best = s;
            arg = i;
        }
    }
    printf("longest below 300: %ld (%d steps)\n", arg, best);
    for (int d = 0; d < 8; d++)
        printf("%d is %s\n", d, kind(d));
    return 0;
}
