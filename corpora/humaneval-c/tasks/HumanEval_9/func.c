/* HumanEval/9: rolling_max -- produce the running maximum of a list of integers. */

/* numbers: n ints; out: caller buffer of n ints receiving, at index i, the
   maximum of numbers[0..i].  Returns n. */
int rolling_max(const int *numbers, int n, int *out)
{
    for (int i = 0; i < n; i++) {
        int v = numbers[i];
        if (i > 0 && out[i - 1] > v)
            v = out[i - 1];
        out[i] = v;
    }
    return n;
}
