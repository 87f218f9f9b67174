/* Integer arithmetic of several widths: multiply, divide, remainder, shifts, unsigned wrap. */
#include <stdio.h>

long mix(long a, long b) {
    return a * 31 + (b << 3) - (a >> 2);
}

int divmod(int a, int b, int *rem) {
    *rem = a % b;
    return a / b;
}

unsigned wrap(unsigned x) {
    return x * 2654435761u + 12345u;
}

int gcd(int a, int b) {
    while (b != 0) {
        int t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void) {
    int r;
    int q = divmod(-47, 5, &r);
    printf("mix=%ld q=%d r=%d\n", mix(123456789L, -987L), q, r);
    printf("wrap=%u gcd=%d\n", wrap(77u), gcd(1071, 462));
    unsigned short h = 65535;
    h++;
    signed char c = 127;
    c++;
    printf("h=%d c=%d\n", h, c);
    return gcd(48, 18);
}
