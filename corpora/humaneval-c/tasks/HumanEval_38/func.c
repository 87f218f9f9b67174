/* HumanEval/38: decode_cyclic -- undo an encoding that rotated every complete group of three characters left by one. */

/* s: NUL-terminated encoded string; out: caller buffer of strlen(s) + 1
   bytes.  Each full 3-character group "bca" becomes "abc"; a trailing
   group of 1 or 2 characters is copied unchanged.  Returns the length. */
int decode_cyclic(const char *s, char *out)
{
    int n = 0;
    while (s[n])
        n++;

    int i = 0;
    for (; i + 3 <= n; i += 3) {
        out[i] = s[i + 2];
        out[i + 1] = s[i];
        out[i + 2] = s[i + 1];
    }
    for (; i < n; i++)
        out[i] = s[i];
    out[n] = '\0';
    return n;
}
