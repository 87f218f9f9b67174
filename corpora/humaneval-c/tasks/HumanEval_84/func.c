/* HumanEval/84: solve -- write the sum of the decimal digits of N as a binary string. */

/*
 * solve(N, out): N is a non-negative integer (a negative N uses its absolute value).
 * Writes the binary representation (no "0b" prefix, no leading zeros, "0" for zero)
 * of the sum of N's decimal digits into out as a NUL-terminated string.
 * out must hold at least 33 bytes.
 */
void solve(int N, char *out)
{
    long v = N;
    if (v < 0)
        v = -v;
    unsigned int sum = 0;
    do {
        sum += (unsigned int)(v % 10);
        v /= 10;
    } while (v != 0);

    char tmp[33];
    int len = 0;
    do {
        tmp[len++] = (sum & 1u) ? '1' : '0';
        sum >>= 1;
    } while (sum != 0);

    for (int i = 0; i < len; i++)
        out[i] = tmp[len - 1 - i];
    out[len] = '\0';
}
