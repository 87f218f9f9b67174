/* HumanEval/126: is_sorted -- check that a list is in non-decreasing order and that no value occurs more than twice. */

/* lst, n: the list of integers.  Returns 1 if lst is sorted ascending and
   no value appears three or more times, 0 otherwise. */
int is_sorted(const int *lst, int n)
{
    for (int i = 1; i < n; i++) {
        if (lst[i] < lst[i - 1])
            return 0;
        /* the prefix is sorted, so a triple would be three adjacent equal values */
        if (i >= 2 && lst[i] == lst[i - 2])
            return 0;
    }
    return 1;
}
