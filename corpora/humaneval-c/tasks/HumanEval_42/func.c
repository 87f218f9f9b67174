/* HumanEval/42: incr_list -- produce a copy of an integer list with every element increased by one. */

/* l, n: input list of n ints.
 * out: caller buffer with room for n ints; receives l[i] + 1.
 * Returns the number of elements written (n). */
int incr_list(const int *l, int n, int *out)
{
    int i;
    for (i = 0; i < n; i++)
        out[i] = l[i] + 1;
    return n;
}
