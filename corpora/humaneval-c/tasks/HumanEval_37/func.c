/* HumanEval/37: sort_even -- sort the values at even indices of a list while keeping odd positions as they are. */

/* l: n ints; out: caller buffer of n ints.  out equals l except that the
   values at indices 0, 2, 4, ... appear in ascending order.  Returns n. */
int sort_even(const int *l, int n, int *out)
{
    for (int i = 0; i < n; i++)
        out[i] = l[i];

    /* Selection sort over the even slots. */
    for (int i = 0; i < n; i += 2) {
        int best = i;
        for (int j = i + 2; j < n; j += 2)
            if (out[j] < out[best])
                best = j;
        int t = out[i];
        out[i] = out[best];
        out[best] = t;
    }
    return n;
}
