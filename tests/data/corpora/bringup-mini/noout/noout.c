#include "libmin.h"

/* n! for n = 1..argv[1] (capped at N_MAX), one per line */
int main(int argc, char **argv) {
    long n = argc > 1 ? libmin_atol(argv[1]) : 5, f = 1;
    if (n > N_MAX) n = N_MAX;
    for (long i = 1; i <= n; i++) {
        f *= i;
        libmin_putlong(i);
        libmin_puts("! = ");
        libmin_putlong(f);
        libmin_puts("\n");
    }
    libmin_success();
    return 1;
}
