/* HumanEval/128: prod_signs -- multiply the sum of absolute values by the product of the signs of all elements (None for an empty list). */

/* arr, n: the list of integers.
   On a non-empty list stores the result in *result and returns 1;
   for an empty list (Python None) returns 0 and leaves *result alone. */
int prod_signs(const int *arr, int n, long *result)
{
    long magnitude = 0;
    int sign = 1;

    if (n == 0)
        return 0;
    for (int i = 0; i < n; i++) {
        if (arr[i] < 0) {
            sign = -sign;
            magnitude -= arr[i];
        } else {
            if (arr[i] == 0)
                sign = 0;
            magnitude += arr[i];
        }
    }
    *result = sign * magnitude;
    return 1;
}
