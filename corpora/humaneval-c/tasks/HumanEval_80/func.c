/* HumanEval/80: is_happy -- tell whether a string has length at least 3 and every window of three consecutive characters is all distinct. */

/* s: NUL-terminated string.
 * Returns 1 if strlen(s) >= 3 and s[i], s[i+1], s[i+2] are pairwise
 * different for every i, else 0. */
int is_happy(const char *s)
{
    int len = 0;
    int i;

    while (s[len] != '\0')
        len++;
    if (len < 3)
        return 0;
    for (i = 0; i + 2 < len; i++) {
        if (s[i] == s[i + 1] || s[i + 1] == s[i + 2] || s[i] == s[i + 2])
            return 0;
    }
    return 1;
}
