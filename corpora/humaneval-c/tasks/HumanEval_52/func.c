/* HumanEval/52: below_threshold -- tell whether every number in a list is strictly less than a threshold. */

/* l, n: list of n ints; t: threshold.
 * Returns 1 if l[i] < t for all i (vacuously true for n == 0), else 0. */
int below_threshold(const int *l, int n, int t)
{
    int i;
    for (i = 0; i < n; i++) {
        if (l[i] >= t)
            return 0;
    }
    return 1;
}
