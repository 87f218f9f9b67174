/* HumanEval/120: maximum -- return the k largest numbers of an array in ascending order. */

/*
 * maximum(arr, n, k, out): arr holds n integers and is not modified; 0 <= k <= n.
 * Writes the k largest elements of arr (with multiplicity) into out (room for
 * k ints) in ascending order and returns k.
 */
int maximum(const int *arr, int n, int k, int *out)
{
    if (k <= 0)
        return 0;
    if (k > n)
        k = n;
    /* out[0..filled) holds the largest values seen so far, ascending */
    int filled = 0;
    for (int i = 0; i < n; i++) {
        int v = arr[i];
        if (filled < k) {
            /* still room: insertion step from the right */
            int j = filled++;
            while (j > 0 && out[j - 1] > v) {
                out[j] = out[j - 1];
                j--;
            }
            out[j] = v;
        } else if (v > out[0]) {
            /* evict the smallest kept value: insertion step from the left */
            int j = 0;
            while (j + 1 < k && out[j + 1] < v) {
                out[j] = out[j + 1];
                j++;
            }
            out[j] = v;
        }
    }
    return k;
}
