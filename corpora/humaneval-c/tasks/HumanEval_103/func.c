/* HumanEval/103: rounded_avg -- average the integers n..m, round half to even, and format the result in binary with a 0b prefix. */

/*
 * rounded_avg(n, m, out): n and m are positive integers.
 * If n > m, writes "" to out and returns -1 (the Python result -1).
 * Otherwise computes the mean of n, n+1, ..., m, rounds it to the nearest
 * integer with ties going to the even neighbour (Python's round), writes it
 * as "0b<binary digits>" into out and returns 0.
 * out must hold at least 67 bytes.
 */
int rounded_avg(long n, long m, char *out)
{
    if (n > m) {
        out[0] = '\0';
        return -1;
    }
    /* mean of n..m is (n + m) / 2, which is an integer or ends in .5 */
    long twice = n + m;
    long avg = twice / 2;
    if (twice % 2 != 0 && avg % 2 != 0)
        avg++; /* tie: move to the even neighbour */

    unsigned long v = (unsigned long)avg;
    char digits[64];
    int len = 0;
    do {
        digits[len++] = (v & 1ul) ? '1' : '0';
        v >>= 1;
    } while (v != 0);

    out[0] = '0';
    out[1] = 'b';
    for (int i = 0; i < len; i++)
        out[2 + i] = digits[len - 1 - i];
    out[2 + len] = '\0';
    return 0;
}
