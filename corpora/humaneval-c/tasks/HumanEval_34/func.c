/* HumanEval/34: unique -- return the distinct values of a list in ascending order. */

/* l: n ints; out: caller buffer of n ints.  Writes the sorted distinct
   values and returns how many there are. */
int unique(const int *l, int n, int *out)
{
    /* Insertion into a sorted, duplicate-free prefix of out. */
    int count = 0;
    for (int i = 0; i < n; i++) {
        int v = l[i];
        int pos = count;
        while (pos > 0 && out[pos - 1] > v)
            pos--;
        if (pos > 0 && out[pos - 1] == v)
            continue;
        for (int j = count; j > pos; j--)
            out[j] = out[j - 1];
        out[pos] = v;
        count++;
    }
    return count;
}
