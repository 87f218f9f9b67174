/* HumanEval/70: strange_sort_list -- reorder a list as minimum, maximum, next minimum, next maximum, and so on. */

/* lst, n: input list of n ints (not modified).
 * out: caller buffer with room for n ints; receives the reordered values.
 * Returns n. */
int strange_sort_list(const int *lst, int n, int *out)
{
    int i, j, key, lo, hi;

    if (n <= 0)
        return 0;

    /* insertion-sort a copy of lst into out */
    for (i = 0; i < n; i++) {
        key = lst[i];
        j = i;
        while (j > 0 && out[j - 1] > key) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = key;
    }

    /* Invariant: out[lo..hi] holds the remaining values in ascending order.
     * Its minimum already sits at lo; rotate the maximum (at hi) into lo + 1,
     * which leaves out[lo+2..hi] still sorted. */
    lo = 0;
    hi = n - 1;
    while (lo < hi) {
        key = out[hi];
        for (j = hi; j > lo + 1; j--)
            out[j] = out[j - 1];
        out[lo + 1] = key;
        lo += 2;
    }
    return n;
}
