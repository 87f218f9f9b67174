/* HumanEval/72: will_it_fly -- decide whether a list is palindromic and its total does not exceed a weight limit. */

/* q, n: list of n ints; w: maximum allowed total weight.
 * Returns 1 if q reads the same in both directions and sum(q) <= w, else 0. */
int will_it_fly(const int *q, int n, long w)
{
    long total = 0;
    int i;

    for (i = 0; i < n; i++)
        total += q[i];
    if (total > w)
        return 0;
    for (i = 0; i < n / 2; i++) {
        if (q[i] != q[n - 1 - i])
            return 0;
    }
    return 1;
}
