/* Object-size checked string and memory calls (the ___*_chk entry points Apple clang emits for
 * __builtin___*_chk when the size is not known at compile time), under the stack protector. */
#include "proto.h"

volatile int vn = 11;

__attribute__((noinline)) void copy_into(char *dst, size_t dstsize, const char *src, size_t n) {
    __builtin___memcpy_chk(dst, src, n, dstsize);
    dst[n] = 0;
}

__attribute__((noinline)) void move_within(char *buf, size_t bufsize, size_t from, size_t to, size_t n) {
    __builtin___memmove_chk(buf + to, buf + from, n, bufsize - to);
}

__attribute__((noinline)) void set_run(char *buf, size_t bufsize, int c, size_t n) {
    __builtin___memset_chk(buf, c, n, bufsize);
}

__attribute__((noinline)) int format(char *dst, size_t dstsize, const char *name, int value, double ratio) {
    return __builtin___sprintf_chk(dst, 0, dstsize, "%s=%d (%.3f)", name, value, ratio);
}

__attribute__((noinline)) int format_n(char *dst, size_t n, size_t dstsize, long a, long b) {
    return __builtin___snprintf_chk(dst, n, 0, dstsize, "[%ld:%ld]", a, b);
}

__attribute__((noinline)) char *join(char *dst, size_t dstsize, const char *a, const char *b) {
    __builtin___strcpy_chk(dst, a, dstsize);
    __builtin___strcat_chk(dst, "+", dstsize);
    return __builtin___strcat_chk(dst, b, dstsize);
}

__attribute__((noinline)) void bounded(char *dst, size_t dstsize, const char *src, size_t n) {
    __builtin___strncpy_chk(dst, src, n, dstsize);
    dst[n] = 0;
}

int main(void) {
    char buf[64];
    char *heap = malloc(48);
    copy_into(buf, sizeof buf, "fortified memcpy of some bytes", (size_t)vn);
    printf("copy: '%s'\n", buf);
    copy_into(heap, 48, "0123456789abcdefghijklmnopqrstuvwxyz", 36);
    move_within(heap, 48, 4, 10, (size_t)vn);
    printf("move: '%s'\n", heap);
    set_run(buf, sizeof buf, 'z', 7);
    printf("set: '%.12s'\n", buf);
    int n = format(buf, sizeof buf, "ratio", vn, vn / 7.0);
    printf("sprintf_chk: %d '%s'\n", n, buf);
    n = format_n(heap, 8, 48, 123456L, -vn);
    printf("snprintf_chk: %d '%s'\n", n, heap);
    printf("join: '%s'\n", join(buf, sizeof buf, "left", "right"));
    bounded(heap, 48, "truncate this string", 8);
    printf("strncpy_chk: '%s'\n", heap);
    free(heap);
    return 0;
}
