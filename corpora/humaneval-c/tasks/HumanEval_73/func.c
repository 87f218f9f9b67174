/* HumanEval/73: smallest_change -- count the minimum number of element changes needed to make a list a palindrome. */

/* arr, n: list of n ints.
 * Returns the number of mirrored pairs (i, n-1-i) whose values differ. */
int smallest_change(const int *arr, int n)
{
    int changes = 0;
    int i = 0, j = n - 1;

    while (i < j) {
        if (arr[i] != arr[j])
            changes++;
        i++;
        j--;
    }
    return changes;
}
