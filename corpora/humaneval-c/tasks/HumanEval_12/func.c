/* HumanEval/12: longest -- pick the first longest string from a list, or nothing for an empty list. */

/* strs: n NUL-terminated strings.  Returns the first string of maximal length,
   or NULL (Python None) when n == 0. */
const char *longest(const char *const *strs, int n)
{
    const char *best = 0;
    long best_len = -1;

    for (int i = 0; i < n; i++) {
        long len = 0;
        while (strs[i][len])
            len++;
        if (len > best_len) {
            best_len = len;
            best = strs[i];
        }
    }
    return best;
}
