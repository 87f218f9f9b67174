/* HumanEval/35: max_element -- return the largest element of a non-empty list. */

/* l: n >= 1 ints.  Returns the maximum value. */
int max_element(const int *l, int n)
{
    int m = l[0];
    for (int i = 1; i < n; i++)
        if (l[i] > m)
            m = l[i];
    return m;
}
