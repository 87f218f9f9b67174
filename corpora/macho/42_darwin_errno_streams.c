/* errno (Darwin: *__error()) and the standard streams (Darwin: __stdoutp / __stderrp) seen through
 * library calls that set or use them. */
#include "proto.h"

#define ERANGE 34

volatile double vneg = -1.0;

__attribute__((noinline)) long parse(const char *s, int *err) {
    errno = 0;
    long v = strtol(s, 0, 10);
    *err = errno;
    return v;
}

int main(void) {
    const char *inputs[] = { "42", "-17", "99999999999999999999999", "-99999999999999999999999", "12abc" };
    for (int i = 0; i < 5; i++) {
        int err;
        long v = parse(inputs[i], &err);
        printf("strtol(%s) = %ld errno=%s\n", inputs[i], v, err == ERANGE ? "ERANGE" : err ? "other" : "0");
    }
    /* Apple's compilers assume math functions leave errno alone (-fno-math-errno): no errno here */
    printf("log(-0) = %f\n", log(0.0 * vneg));
    fprintf(stdout, "to stdout via fprintf: %d\n", 7);
    fputs("to stdout via fputs\n", stdout);
    fflush(stdout);
    fprintf(stderr, "to stderr: %s %d\n", "code", 3);
    fputc('!', stderr);
    fputc('\n', stderr);
    return 0;
}
