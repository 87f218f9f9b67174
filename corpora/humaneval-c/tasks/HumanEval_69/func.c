/* HumanEval/69: search -- find the largest positive value whose number of occurrences in the list is at least the value itself. */

/* lst, n: non-empty list of n positive ints.
 * Returns the greatest v > 0 occurring at least v times in lst, or -1 if none. */
int search(const int *lst, int n)
{
    int best = -1;
    int i, j, v, freq;

    for (i = 0; i < n; i++) {
        v = lst[i];
        if (v <= 0 || v <= best || v > n)
            continue; /* cannot improve the answer (a value > n cannot occur v times) */
        freq = 0;
        for (j = 0; j < n; j++) {
            if (lst[j] == v)
                freq++;
        }
        if (freq >= v)
            best = v;
    }
    return best;
}
