#include <stdio.h>
#include <stdlib.h>
#include "util.h"
int main(int argc, char **argv) {
    long total = 0;
    for (int i = 1; i < argc; i++) total += scale(atoi(argv[i]), 2);
    printf("%ld\n", total);
    return total > 100;
}
