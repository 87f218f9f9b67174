/* HumanEval/26: remove_duplicates -- drop every value that occurs more than once, keeping the order of the rest. */

/* numbers: n ints; out: caller buffer of n ints receiving, in input order,
   the values that appear exactly once.  Returns how many were written. */
int remove_duplicates(const int *numbers, int n, int *out)
{
    int count = 0;
    for (int i = 0; i < n; i++) {
        int dup = 0;
        for (int j = 0; j < n && !dup; j++)
            if (j != i && numbers[j] == numbers[i])
                dup = 1;
        if (!dup)
            out[count++] = numbers[i];
    }
    return count;
}
