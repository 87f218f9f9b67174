/* HumanEval/74: total_match -- pick whichever of two string lists has fewer characters in total, preferring the first on a tie. */

static long total_chars(const char *const *strs, int n)
{
    long total = 0;
    const char *p;
    int i;
    for (i = 0; i < n; i++) {
        for (p = strs[i]; *p != '\0'; p++)
            total++;
    }
    return total;
}

/* lst1, n1 and lst2, n2: two lists of NUL-terminated strings (a pointer may
 *   be NULL when its count is 0).
 * out_n: receives the length of the chosen list.
 * Returns lst1 if its total character count is <= that of lst2, else lst2
 * (the returned pointer aliases the chosen input; nothing is copied). */
const char *const *total_match(const char *const *lst1, int n1,
                               const char *const *lst2, int n2, int *out_n)
{
    if (total_chars(lst1, n1) <= total_chars(lst2, n2)) {
        *out_n = n1;
        return lst1;
    }
    *out_n = n2;
    return lst2;
}
