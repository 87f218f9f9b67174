/* Reading argc/argv: prints the arguments and sums atoi() of them, falling back to built-in defaults when none are given. */
#include "proto.h"

static const char *const default_args[] = { "12", "-7", "30", "abc", "5x" };

__attribute__((noinline)) long process(int count, const char *const *args) {
    long sum = 0, product = 1;
    int longest = 0;
    for (int i = 0; i < count; i++) {
        int v = atoi(args[i]);
        int len = (int)strlen(args[i]);
        printf("arg %d: \"%s\" len=%d atoi=%d\n", i, args[i], len, v);
        sum += v;
        if (v != 0 && product < 1000000000L && product > -1000000000L && v < 100000 && v > -100000)
            product *= v;
        if (len > longest)
            longest = len;
    }
    printf("count=%d sum=%ld product=%ld longest=%d\n", count, sum, product, longest);
    return sum;
}

int main(int argc, char **argv) {
    /* argv[0] is the program path, which differs between runs: report only that it is present. */
    printf("argc=%d argv0 present=%d argv[argc] null=%d\n", argc, argv[0] != NULL, argv[argc] == NULL);
    long sum;
    if (argc > 1) {
        sum = process(argc - 1, (const char *const *)(argv + 1));
    } else {
        printf("no arguments, using defaults\n");
        sum = process((int)(sizeof default_args / sizeof default_args[0]), default_args);
    }
    char joined[256] = "";
    int n = argc > 1 ? argc - 1 : 5;
    for (int i = 0; i < n; i++) {
        const char *s = argc > 1 ? argv[i + 1] : default_args[i];
        if (strlen(joined) + strlen(s) + 2 < sizeof joined) {
            if (i)
                strcat(joined, "+");
            strcat(joined, s);
        }
    }
    printf("joined: %s\n", joined);
    return (int)((sum % 50 + 50) % 50);
}
