/* HumanEval/57: monotonic -- tell whether a list is entirely non-decreasing or entirely non-increasing. */

/* l, n: list of n ints.
 * Returns 1 if l is sorted ascending or sorted descending (ties allowed), else 0. */
int monotonic(const int *l, int n)
{
    int up = 1, down = 1;
    int i;
    for (i = 1; i < n; i++) {
        if (l[i] < l[i - 1])
            up = 0;
        if (l[i] > l[i - 1])
            down = 0;
    }
    return up || down;
}
