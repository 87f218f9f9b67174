/* HumanEval/28: concatenate -- join a list of strings into one string with no separator. */

/* strs: n NUL-terminated strings; out: caller buffer large enough for the
   total length plus the NUL.  Returns the length written. */
int concatenate(const char *const *strs, int n, char *out)
{
    int len = 0;
    for (int i = 0; i < n; i++)
        for (const char *p = strs[i]; *p; p++)
            out[len++] = *p;
    out[len] = '\0';
    return len;
}
