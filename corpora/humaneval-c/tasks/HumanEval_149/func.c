/* HumanEval/149: sorted_list_sum -- drop the odd-length strings and sort the rest by length, then alphabetically. */

static int str_len(const char *s)
{
    int n = 0;
    while (s[n])
        n++;
    return n;
}

/* Order by length first, then by byte-wise comparison. */
static int comes_before(const char *a, const char *b)
{
    int la = str_len(a), lb = str_len(b);

    if (la != lb)
        return la < lb;
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a < (unsigned char)*b;
}

/* lst, n: the strings.
   out: caller array of at least n pointers; receives pointers to the
   even-length input strings, ordered by (length, string).
   Returns the number of strings written. */
int sorted_list_sum(const char *const *lst, int n, const char **out)
{
    int count = 0;

    for (int i = 0; i < n; i++) {
        const char *s = lst[i];
        int j;
        if (str_len(s) % 2 != 0)
            continue;
        j = count++;
        while (j > 0 && comes_before(s, out[j - 1])) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = s;
    }
    return count;
}
