/* HumanEval/38 test driver */
/* The Python check uses 100 unseeded random lowercase strings of length
   10..20; here they come from a fixed linear congruential generator so the
   run is reproducible. */
#include <stdio.h>
#include <string.h>

int decode_cyclic(const char *s, char *out);

/* The task's encode_cyclic: rotate each full group of three left by one. */
static void encode_cyclic(const char *s, char *out)
{
    int n = (int)strlen(s);
    int i = 0;
    for (; i + 3 <= n; i += 3) {
        out[i] = s[i + 1];
        out[i + 1] = s[i + 2];
        out[i + 2] = s[i];
    }
    for (; i < n; i++)
        out[i] = s[i];
    out[n] = '\0';
}

static unsigned int next_rand(unsigned int *state)
{
    *state = *state * 1103515245u + 12345u;
    return (*state >> 16) & 0x7fffu;
}

int main(void)
{
    unsigned int state = 42;
    for (int k = 0; k < 100; k++) {
        char str[32], enc[32], dec[32];
        int len = 10 + (int)(next_rand(&state) % 11);
        for (int i = 0; i < len; i++)
            str[i] = "abcdefghijklmnopqrstuvwxyz"[next_rand(&state) % 26];
        str[len] = '\0';

        encode_cyclic(str, enc);
        memset(dec, '#', sizeof dec);
        decode_cyclic(enc, dec);
        if (strcmp(dec, str) != 0) {
            fprintf(stderr, "HumanEval/38: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
