/* Thread-local variables (local-exec and initial-exec models, arrays, address taken) and
   stack-protector canaries (built with -fstack-protector-all, see 33_tls_canary.cflags). */
#include "proto.h"

__thread int counter = 5;
__thread char tbuf[32];
static __thread long total;
__attribute__((tls_model("initial-exec"))) __thread unsigned ie_hits = 100;

__attribute__((noinline)) int bump(int k) {
    counter += k;
    total += counter;
    ie_hits += (unsigned)k * 3u;
    return counter;
}

__attribute__((noinline)) int copy_len(const char *s) {
    char buf[48];
    strncpy(buf, s, sizeof buf - 1);
    buf[sizeof buf - 1] = 0;
    strcpy(tbuf, buf);
    return (int)strlen(buf) + tbuf[0];
}

__attribute__((noinline)) int *counter_addr(void) { return &counter; }

int main(void) {
    for (int i = 0; i < 7; i++)
        bump(i);
    printf("counter=%d total=%ld ie_hits=%u\n", counter, total, ie_hits);
    printf("copy_len=%d tbuf=%s\n", copy_len("thread local storage"), tbuf);
    int *p = counter_addr();
    *p += 1000;
    printf("via pointer: %d %d\n", *p, counter);
    return counter % 7;
}
