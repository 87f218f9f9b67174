/* HumanEval/136: largest_smallest_integers -- find the largest negative and the smallest positive value of a list, either possibly absent. */

/* lst, n: the list of integers.
   *largest_neg receives the largest negative element and *smallest_pos the
   smallest positive element.  Python None (no such element) is reported as
   0, which can never be a genuine answer for either slot. */
void largest_smallest_integers(const int *lst, int n, int *largest_neg, int *smallest_pos)
{
    int neg = 0, pos = 0;

    for (int i = 0; i < n; i++) {
        int v = lst[i];
        if (v < 0 && (neg == 0 || v > neg))
            neg = v;
        else if (v > 0 && (pos == 0 || v < pos))
            pos = v;
    }
    *largest_neg = neg;
    *smallest_pos = pos;
}
