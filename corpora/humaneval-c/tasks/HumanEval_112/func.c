/* HumanEval/112: reverse_delete -- delete from s every character that appears in c and report whether what remains is a palindrome. */

/*
 * reverse_delete(s, c, out): s and c are NUL-terminated strings.
 * Writes into out (at least strlen(s) + 1 bytes) the characters of s that do
 * not occur in c, and returns 1 if that result reads the same backwards,
 * 0 otherwise (the Python tuple (out, flag)).
 */
int reverse_delete(const char *s, const char *c, char *out)
{
    int len = 0;
    for (int i = 0; s[i] != '\0'; i++) {
        int drop = 0;
        for (int j = 0; c[j] != '\0'; j++) {
            if (c[j] == s[i]) {
                drop = 1;
                break;
            }
        }
        if (!drop)
            out[len++] = s[i];
    }
    out[len] = '\0';

    for (int lo = 0, hi = len - 1; lo < hi; lo++, hi--) {
        if (out[lo] != out[hi])
            return 0;
    }
    return 1;
}
