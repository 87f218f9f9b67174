/* HumanEval/33: sort_third -- sort the elements at indices divisible by three while leaving all other positions untouched. */

/* l: n ints; out: caller buffer of n ints.  out equals l except that the
   values at indices 0, 3, 6, ... are rearranged into ascending order.
   Returns n. */
int sort_third(const int *l, int n, int *out)
{
    for (int i = 0; i < n; i++)
        out[i] = l[i];

    /* Insertion sort over the stride-3 slots only. */
    for (int i = 3; i < n; i += 3) {
        int v = out[i];
        int j = i - 3;
        while (j >= 0 && out[j] > v) {
            out[j + 3] = out[j];
            j -= 3;
        }
        out[j + 3] = v;
    }
    return n;
}
