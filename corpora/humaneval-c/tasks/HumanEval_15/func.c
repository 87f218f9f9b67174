/* HumanEval/15: string_sequence -- write the numbers 0 through n separated by single spaces. */

/* n >= 0; out: caller buffer of at least 12 * (n + 1) bytes (each number
   takes at most 10 digits plus a separator).  Writes "0 1 ... n" with a
   terminating NUL and returns its length. */
int string_sequence(int n, char *out)
{
    int len = 0;
    for (int v = 0; v <= n; v++) {
        char digits[12];
        int nd = 0;
        int x = v;
        do {
            digits[nd++] = (char)('0' + x % 10);
            x /= 10;
        } while (x > 0);

        if (v > 0)
            out[len++] = ' ';
        while (nd > 0)
            out[len++] = digits[--nd];
    }
    out[len] = '\0';
    return len;
}
