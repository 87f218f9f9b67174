#ifndef LIBMIN_H
#define LIBMIN_H
#include "libtarg.h"
void libmin_puts(const char *s);
void libmin_putlong(long v);
long libmin_atol(const char *s);
void libmin_success(void);
#endif
