#include "libmin.h"

void libmin_puts(const char *s) {
    while (*s) libtarg_putc(*s++);
}

void libmin_putlong(long v) {
    char buf[24];
    int n = 0;
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
    do buf[n++] = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (v < 0) libtarg_putc('-');
    while (n) libtarg_putc(buf[--n]);
}
