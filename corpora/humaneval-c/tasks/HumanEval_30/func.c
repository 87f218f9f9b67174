/* HumanEval/30: get_positive -- keep only the strictly positive numbers of a list. */

/* xs: n ints; out: caller buffer of n ints receiving the values > 0 in input
   order.  Returns how many were written. */
int get_positive(const int *xs, int n, int *out)
{
    int count = 0;
    for (int i = 0; i < n; i++)
        if (xs[i] > 0)
            out[count++] = xs[i];
    return count;
}
