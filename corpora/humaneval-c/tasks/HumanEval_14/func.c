/* HumanEval/14: all_prefixes -- list every non-empty prefix of a string from shortest to longest. */

/* s: NUL-terminated input of length L.  out: caller buffer of at least
   L*(L+1)/2 + L bytes.  The prefixes are written back to back, each one
   terminated by its own NUL byte.  Returns the number of prefixes (L). */
int all_prefixes(const char *s, char *out)
{
    int n = 0;
    while (s[n])
        n++;

    for (int len = 1; len <= n; len++) {
        for (int i = 0; i < len; i++)
            *out++ = s[i];
        *out++ = '\0';
    }
    return n;
}
