/* HumanEval/50 test driver */
#include <stdio.h>
#include <string.h>

void decode_shift(const char *s, char *out);

/* The Python check draws random lowercase strings; a fixed-seed LCG stands in
 * for random.randint / random.choice so that the run is deterministic. */
static unsigned int next_rand(unsigned int *state)
{
    *state = *state * 1103515245u + 12345u;
    return (*state >> 16) & 0x7fffu;
}

static void encode_shift(const char *s, char *out)
{
    while (*s != '\0') {
        *out++ = (char)('a' + (*s - 'a' + 5) % 26);
        s++;
    }
    *out = '\0';
}

int main(void)
{
    unsigned int seed = 12345u;
    char plain[32], enc[32], dec[32];
    int iter, len, i;

    for (iter = 0; iter < 100; iter++) {
        len = 10 + (int)(next_rand(&seed) % 11u); /* randint(10, 20) */
        for (i = 0; i < len; i++)
            plain[i] = (char)('a' + (int)(next_rand(&seed) % 26u));
        plain[len] = '\0';
        encode_shift(plain, enc);
        decode_shift(enc, dec);
        if (strcmp(dec, plain) != 0) {
            fprintf(stderr, "HumanEval/50: assert 1 failed\n");
            return 1;
        }
    }
    return 0;
}
