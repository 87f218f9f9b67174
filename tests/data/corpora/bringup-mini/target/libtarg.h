#ifndef LIBTARG_H
#define LIBTARG_H
void libtarg_putc(char c);
void libtarg_success(void);
#endif
