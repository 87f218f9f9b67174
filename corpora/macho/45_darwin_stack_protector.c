/* Stack protector on every function (-fstack-protector-all in regen.sh): the canary is
 * ___stack_chk_guard through the GOT and ___stack_chk_fail on mismatch; large frames also probe the
 * stack with ____chkstk_darwin. */
#include "proto.h"

volatile int vk = 5;

__attribute__((noinline)) int local_array_sum(int n) {
    int a[32];
    for (int i = 0; i < 32; i++)
        a[i] = i * n;
    int s = 0;
    for (int i = 0; i < 32; i += 3)
        s += a[i];
    return s;
}

__attribute__((noinline)) long big_frame(int n) {
    char big[20000];
    for (int i = 0; i < 20000; i++)
        big[i] = (char)(i * n);
    long s = 0;
    for (int i = 0; i < 20000; i += 97)
        s += big[i];
    return s;
}

__attribute__((noinline)) int copy_name(const char *src, char *out) {
    char tmp[16];
    int n = 0;
    while (src[n] && n < 15) {
        tmp[n] = src[n];
        n++;
    }
    tmp[n] = 0;
    for (int i = 0; i <= n; i++)
        out[i] = tmp[n - 1 - i < 0 ? n : n - 1 - i];
    out[n] = 0;
    return n;
}

int main(void) {
    printf("local_array_sum: %d\n", local_array_sum(vk));
    printf("big_frame: %ld\n", big_frame(vk));
    char out[32];
    int n = copy_name("protector", out);
    printf("copy_name: %d %s\n", n, out);
    return 0;
}
