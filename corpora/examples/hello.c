/* The smallest program: one string through puts, exit code 0. */
#include <stdio.h>

int main(void) {
    puts("hello from gg");
    return 0;
}
