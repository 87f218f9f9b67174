/* argv handling: prints its arguments and an exit code computed from them. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long total = 0;
    for (int i = 1; i < argc; i++) {
        printf("arg %d: %s\n", i, argv[i]);
        total += atol(argv[i]);
    }
    printf("argc=%d total=%ld\n", argc, total);
    return (int)(total % 100);
}
