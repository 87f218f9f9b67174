/* Bridges for C library functions that take a va_list, compiled to x86-64 assembly (regen.sh) and
 * translated with the program that calls them.
 *
 * An x86-64 va_list keeps integer and floating-point arguments apart (a register save area read by
 * two offsets, then one overflow area on the stack); RISC-V walks one array of 8-byte slots and
 * AArch64, with both of its offsets non-negative, does the same through `__stack`. Given the format
 * string, each bridge reads the arguments in order from the x86 va_list into such an array and hands
 * the C library a va_list of the target's kind that points at it.
 *
 * Build with -DGG_AARCH64 for AArch64 (the target va_list is a 32-byte struct, passed by reference),
 * without for RISC-V (a pointer, passed by value). Only integer registers carry these arguments.
 */

typedef unsigned long size_t;
typedef struct gg_file FILE;

struct x86_va {
    unsigned gp_offset;
    unsigned fp_offset;
    unsigned long *overflow;
    char *save;
};

#define GG_SLOTS 96

struct bridge {
    unsigned long slots[GG_SLOTS];
#ifdef GG_AARCH64
    struct {
        void *stack, *gr_top, *vr_top;
        int gr_offs, vr_offs;
    } va;
#endif
};

void abort(void);
int vprintf(const char *, void *);
int vfprintf(FILE *, const char *, void *);
int vsprintf(char *, const char *, void *);
int vsnprintf(char *, size_t, const char *, void *);
int vasprintf(char **, const char *, void *);
int vdprintf(int, const char *, void *);
int vscanf(const char *, void *);
int vsscanf(const char *, const char *, void *);
int vfscanf(FILE *, const char *, void *);
int __isoc99_vscanf(const char *, void *);
int __isoc99_vsscanf(const char *, const char *, void *);
int __isoc99_vfscanf(FILE *, const char *, void *);
int __vprintf_chk(int, const char *, void *);
int __vfprintf_chk(FILE *, int, const char *, void *);
int __vsprintf_chk(char *, int, size_t, const char *, void *);
int __vsnprintf_chk(char *, size_t, int, size_t, const char *, void *);
int __vasprintf_chk(char **, int, const char *, void *);
int __vdprintf_chk(int, int, const char *, void *);

static unsigned long __gg_va_int(struct x86_va *ap) {
    if (ap->gp_offset < 48) {
        unsigned long v = *(unsigned long *)(ap->save + ap->gp_offset);
        ap->gp_offset += 8;
        return v;
    }
    return *ap->overflow++;
}

static unsigned long __gg_va_double(struct x86_va *ap) {
    if (ap->fp_offset < 176) {
        unsigned long v = *(unsigned long *)(ap->save + ap->fp_offset);
        ap->fp_offset += 16;
        return v;
    }
    return *ap->overflow++;
}

/* Move the arguments `fmt` converts from `x86` into `b`; returns the va_list argument to pass. */
static void *__gg_va_bridge(const char *fmt, struct x86_va *x86, struct bridge *b, int scanf) {
    struct x86_va ap = *x86;
    int n = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%')
            continue;
        p++;
        if (*p == '%')
            continue;
        int is_double = 0, suppress = 0, long_double = 0;
        for (;; p++) {
            char c = *p;
            if (c == '\0')
                goto done;
            if (c == '$')
                abort(); /* positional arguments: the order is not the format's order */
            if (c == '*') {
                if (scanf) {
                    suppress = 1;
                } else {
                    if (n == GG_SLOTS)
                        abort();
                    b->slots[n++] = __gg_va_int(&ap);
                }
                continue;
            }
            if (c == 'L')
                long_double = 1;
            if (scanf && c == '[') {
                p++;
                if (*p == '^')
                    p++;
                if (*p == ']')
                    p++;
                while (*p && *p != ']')
                    p++;
                if (!*p)
                    goto done;
                break;
            }
            if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == ' ' || c == '#' || c == '\'' ||
                c == 'h' || c == 'l' || c == 'L' || c == 'q' || c == 'j' || c == 'z' || c == 't')
                continue;
            if (!scanf && (c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G' || c == 'a' || c == 'A'))
                is_double = 1;
            if (c == 'm' && !scanf)
                goto next; /* glibc's %m takes no argument */
            break;
        }
        if (suppress)
            continue;
        if (long_double && is_double)
            abort(); /* x87 long double: no such argument reaches a translation */
        if (n == GG_SLOTS)
            abort();
        b->slots[n++] = is_double ? __gg_va_double(&ap) : __gg_va_int(&ap);
    next:;
    }
done:
#ifdef GG_AARCH64
    b->va.stack = b->slots;
    b->va.gr_top = 0;
    b->va.vr_top = 0;
    b->va.gr_offs = 0;
    b->va.vr_offs = 0;
    return &b->va;
#else
    return b->slots;
#endif
}

/* local to each translated file: a program of several translated files has several copies */
#define BRIDGE static __attribute__((used))
#define P(fmt, ap) __gg_va_bridge(fmt, ap, &b, 0)
#define S(fmt, ap) __gg_va_bridge(fmt, ap, &b, 1)

BRIDGE int __gg_va_vprintf(const char *f, struct x86_va *ap) { struct bridge b; return vprintf(f, P(f, ap)); }
BRIDGE int __gg_va_vfprintf(FILE *s, const char *f, struct x86_va *ap) { struct bridge b; return vfprintf(s, f, P(f, ap)); }
BRIDGE int __gg_va_vsprintf(char *d, const char *f, struct x86_va *ap) { struct bridge b; return vsprintf(d, f, P(f, ap)); }
BRIDGE int __gg_va_vsnprintf(char *d, size_t n, const char *f, struct x86_va *ap) { struct bridge b; return vsnprintf(d, n, f, P(f, ap)); }
BRIDGE int __gg_va_vasprintf(char **d, const char *f, struct x86_va *ap) { struct bridge b; return vasprintf(d, f, P(f, ap)); }
BRIDGE int __gg_va_vdprintf(int fd, const char *f, struct x86_va *ap) { struct bridge b; return vdprintf(fd, f, P(f, ap)); }
BRIDGE int __gg_va_vscanf(const char *f, struct x86_va *ap) { struct bridge b; return vscanf(f, S(f, ap)); }
BRIDGE int __gg_va_vsscanf(const char *s, const char *f, struct x86_va *ap) { struct bridge b; return vsscanf(s, f, S(f, ap)); }
BRIDGE int __gg_va_vfscanf(FILE *s, const char *f, struct x86_va *ap) { struct bridge b; return vfscanf(s, f, S(f, ap)); }
BRIDGE int __gg_va___isoc99_vscanf(const char *f, struct x86_va *ap) { struct bridge b; return __isoc99_vscanf(f, S(f, ap)); }
BRIDGE int __gg_va___isoc99_vsscanf(const char *s, const char *f, struct x86_va *ap) { struct bridge b; return __isoc99_vsscanf(s, f, S(f, ap)); }
BRIDGE int __gg_va___isoc99_vfscanf(FILE *s, const char *f, struct x86_va *ap) { struct bridge b; return __isoc99_vfscanf(s, f, S(f, ap)); }
BRIDGE int __gg_va___vprintf_chk(int fl, const char *f, struct x86_va *ap) { struct bridge b; return __vprintf_chk(fl, f, P(f, ap)); }
BRIDGE int __gg_va___vfprintf_chk(FILE *s, int fl, const char *f, struct x86_va *ap) { struct bridge b; return __vfprintf_chk(s, fl, f, P(f, ap)); }
BRIDGE int __gg_va___vsprintf_chk(char *d, int fl, size_t n, const char *f, struct x86_va *ap) { struct bridge b; return __vsprintf_chk(d, fl, n, f, P(f, ap)); }
BRIDGE int __gg_va___vsnprintf_chk(char *d, size_t n, int fl, size_t m, const char *f, struct x86_va *ap) {
    struct bridge b;
    return __vsnprintf_chk(d, n, fl, m, f, P(f, ap));
}
BRIDGE int __gg_va___vasprintf_chk(char **d, int fl, const char *f, struct x86_va *ap) { struct bridge b; return __vasprintf_chk(d, fl, f, P(f, ap)); }
BRIDGE int __gg_va___vdprintf_chk(int fd, int fl, const char *f, struct x86_va *ap) { struct bridge b; return __vdprintf_chk(fd, fl, f, P(f, ap)); }
