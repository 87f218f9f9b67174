/* HumanEval/43: pairs_sum_to_zero -- tell whether two elements at different positions of a list add up to zero. */

/* l, n: list of n ints.
 * Returns 1 if there are indices i != j with l[i] + l[j] == 0, else 0. */
int pairs_sum_to_zero(const int *l, int n)
{
    int i, j;
    for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
            if ((long)l[i] + (long)l[j] == 0)
                return 1;
        }
    }
    return 0;
}
