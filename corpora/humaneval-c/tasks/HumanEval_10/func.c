/* HumanEval/10: make_palindrome -- build the shortest palindrome that starts with the given string. */

/* Returns 1 if s[lo..hi) reads the same forwards and backwards. */
static int is_pal(const char *s, int lo, int hi)
{
    for (hi--; lo < hi; lo++, hi--)
        if (s[lo] != s[hi])
            return 0;
    return 1;
}

/* s: NUL-terminated input; out: caller buffer of at least 2*strlen(s) bytes
   (1 byte for the empty string).  Finds the longest palindromic suffix of s
   and appends the reverse of the part in front of it.  Returns the length of
   the result. */
int make_palindrome(const char *s, char *out)
{
    int n = 0;
    while (s[n])
        n++;

    int start = 0;
    while (start < n && !is_pal(s, start, n))
        start++;

    int len = 0;
    for (int i = 0; i < n; i++)
        out[len++] = s[i];
    for (int i = start - 1; i >= 0; i--)
        out[len++] = s[i];
    out[len] = '\0';
    return len;
}
