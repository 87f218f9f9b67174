/* HumanEval/29: filter_by_prefix -- keep only the strings of a list that start with a given prefix. */

static int starts_with(const char *s, const char *prefix)
{
    while (*prefix) {
        if (*s != *prefix)
            return 0;
        s++;
        prefix++;
    }
    return 1;
}

/* strs: n NUL-terminated strings; out: caller array with room for n pointers.
   The input pointers whose string begins with prefix are stored in out in
   their original order.  Returns the number of matches. */
int filter_by_prefix(const char *const *strs, int n, const char *prefix,
                     const char **out)
{
    int count = 0;
    for (int i = 0; i < n; i++)
        if (starts_with(strs[i], prefix))
            out[count++] = strs[i];
    return count;
}
