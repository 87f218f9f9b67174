#include <stdio.h>
#include "util.h"
/* copies stdin to stdout in upper case and prints the number of letters, scaled */
int main(void) {
    int c, letters = 0;
    while ((c = getchar()) != EOF) {
        if (c >= 'a' && c <= 'z') c -= 'a' - 'A';
        if (c >= 'A' && c <= 'Z') letters++;
        putchar(c);
    }
    printf("letters x3: %d\n", scale(letters, 3));
    return 0;
}
