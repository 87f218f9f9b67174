/* Dense switch statements compiled to jump tables: in a loop, returning strings, on characters, with fallthrough. */
#include "proto.h"

volatile int limit = 40;

__attribute__((noinline)) const char *day_name(int d) {
    switch (d) {
    case 0: return "sunday";
    case 1: return "monday";
    case 2: return "tuesday";
    case 3: return "wednesday";
    case 4: return "thursday";
    case 5: return "friday";
    case 6: return "saturday";
    default: return "unknown";
    }
}

__attribute__((noinline)) long op(int code, long a, long b) {
    switch (code) {
    case 0: return a + b;
    case 1: return a - b;
    case 2: return a * b;
    case 3: return b ? a / b : 0;
    case 4: return b ? a % b : 0;
    case 5: return a & b;
    case 6: return a | b;
    case 7: return a ^ b;
    case 8: return (long)((unsigned long)a << (b & 15));
    case 9: return a >> (b & 15);
    case 10: return a > b ? a : b;
    case 11: return a < b ? a : b;
    case 12: return -a;
    case 13: return ~b;
    default: return 0;
    }
}

__attribute__((noinline)) int char_class(unsigned char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return 2;
    case ' ': case '\t': case '\n': return 3;
    case '+': case '-': case '*': case '/': return 4;
    case '(': case ')': return 5;
    default: return 0;
    }
}

/* Fallthrough: Duff-style accumulation. */
__attribute__((noinline)) int fall(int n) {
    int r = 0;
    switch (n % 8) {
    case 7: r += 7; /* fall through */
    case 6: r += 6; /* fall through */
    case 5: r += 5; /* fall through */
    case 4: r += 4; /* fall through */
    case 3: r += 3; /* fall through */
    case 2: r += 2; /* fall through */
    case 1: r += 1; break;
    case 0: r = 100; break;
    }
    return r;
}

/* Sparse-offset dense range (100..115). */
__attribute__((noinline)) int offset_switch(int x) {
    switch (x) {
    case 100: return 3; case 101: return 1; case 102: return 4; case 103: return 1;
    case 104: return 5; case 105: return 9; case 106: return 2; case 107: return 6;
    case 108: return 5; case 109: return 3; case 110: return 5; case 111: return 8;
    case 112: return 9; case 113: return 7; case 114: return 9; case 115: return 3;
    default: return -1;
    }
}

int main(void) {
    for (int d = -1; d <= 7; d++)
        printf("%d:%s ", d, day_name(d));
    printf("\n");

    long acc = 17;
    for (int i = 0; i < limit; i++) {
        acc = op(i % 15, acc, i + 3);
        if (acc > 1000000 || acc < -1000000)
            acc %= 9973;
        printf("%ld%c", acc, i % 8 == 7 ? '\n' : ' ');
    }

    const char *text = "x = (a1 + 42) * bee - 7\tend\n";
    int counts[6] = { 0 };
    for (const char *p = text; *p; p++)
        counts[char_class((unsigned char)*p)]++;
    printf("classes: %d %d %d %d %d %d\n", counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);

    int fsum = 0;
    for (int i = 0; i < 20; i++)
        fsum += fall(i);
    printf("fall sum: %d\n", fsum);

    int digits = 0;
    for (int x = 95; x < 120; x++) {
        int v = offset_switch(x);
        printf("%d", v < 0 ? 0 : v);
        digits += v;
    }
    printf("\noffset sum: %d\n", digits);
    return 5;
}
