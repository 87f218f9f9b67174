#include "libmin.h"

long libmin_atol(const char *s) {
    long v = 0, sign = 1;
    if (*s == '-') { sign = -1; s++; }
    while (*s >= '0' && *s <= '9') v = 10 * v + (*s++ - '0');
    return sign * v;
}

void libmin_success(void) { libtarg_success(); }
