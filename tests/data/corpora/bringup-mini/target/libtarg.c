#include "libtarg.h"
#ifdef TARGET_HOST
#include <stdio.h>
#include <stdlib.h>
void libtarg_putc(char c) { putchar(c); }
void libtarg_success(void) { fflush(stdout); exit(0); }
#else
#error "only the host target is configured here"
#endif
