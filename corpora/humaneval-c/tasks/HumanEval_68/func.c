/* HumanEval/68: pluck -- find the smallest even value in a list together with the index of its first occurrence. */

/* arr, n: list of n non-negative ints.
 * out: caller buffer of 2 ints; on success receives {value, index}.
 * Returns 2 (the length of the Python result list) if an even value exists,
 * or 0 (Python's empty list) if there is none. */
int pluck(const int *arr, int n, int *out)
{
    int best = -1;
    int i;

    for (i = 0; i < n; i++) {
        if (arr[i] % 2 == 0 && (best < 0 || arr[i] < arr[best]))
            best = i;
    }
    if (best < 0)
        return 0;
    out[0] = arr[best];
    out[1] = best;
    return 2;
}
