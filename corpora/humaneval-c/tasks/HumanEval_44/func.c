/* HumanEval/44: change_base -- write a non-negative integer as a digit string in a base between 2 and 10. */

/* x: number to convert (x >= 0; 0 yields the empty string, as in the
 *    reference solution).
 * base: target base, 2 <= base <= 10.
 * out: caller buffer of at least 64 bytes; receives the NUL-terminated digits. */
void change_base(long x, int base, char *out)
{
    char tmp[64];
    int len = 0;
    int i;

    while (x > 0) {
        tmp[len++] = (char)('0' + (int)(x % base));
        x /= base;
    }
    for (i = 0; i < len; i++)
        out[i] = tmp[len - 1 - i];
    out[len] = '\0';
}
