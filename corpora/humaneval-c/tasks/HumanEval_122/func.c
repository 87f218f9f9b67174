/* HumanEval/122: add_elements -- sum the elements of at most two characters (as decimal text) among the first k of an array. */

/*
 * add_elements(arr, n, k): arr holds n integers, 1 <= k <= n.
 * Returns the sum of those elements among arr[0..k) whose decimal
 * representation (including a minus sign) has at most two characters,
 * i.e. the values -9..99.
 */
long add_elements(const int *arr, int n, int k)
{
    if (k > n)
        k = n;
    long sum = 0;
    for (int i = 0; i < k; i++) {
        if (arr[i] >= -9 && arr[i] <= 99)
            sum += arr[i];
    }
    return sum;
}
