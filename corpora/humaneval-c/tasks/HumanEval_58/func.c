/* HumanEval/58: common -- list, in ascending order and without repeats, the values present in both of two integer lists. */

/* l1, n1 and l2, n2: the two input lists.
 * out: caller buffer with room for min(n1, n2) ints; receives the common
 *      values sorted ascending, each once.
 * Returns the number of values written. */
int common(const int *l1, int n1, const int *l2, int n2, int *out)
{
    int count = 0;
    int i, j, pos;
    int v, found;

    for (i = 0; i < n1; i++) {
        v = l1[i];

        found = 0;
        for (j = 0; j < n2; j++) {
            if (l2[j] == v) {
                found = 1;
                break;
            }
        }
        if (!found)
            continue;

        /* find the insertion point in the sorted output; skip duplicates */
        pos = 0;
        while (pos < count && out[pos] < v)
            pos++;
        if (pos < count && out[pos] == v)
            continue;
        for (j = count; j > pos; j--)
            out[j] = out[j - 1];
        out[pos] = v;
        count++;
    }
    return count;
}
