/* HumanEval/47: median -- return the median of a list of integers, averaging the two middle values for even lengths. */
#include <stdlib.h>

/* l, n: list of n ints (n >= 1); the input is not modified.
 * Returns the median as a double (a whole number for odd n).
 * Uses a temporary malloc'd copy; returns 0.0 if n < 1 or allocation fails. */
double median(const int *l, int n)
{
    int *v;
    int i, j, key;
    double res;

    if (n < 1)
        return 0.0;
    v = malloc((size_t)n * sizeof *v);
    if (v == NULL)
        return 0.0;

    /* insertion sort of the copy */
    for (i = 0; i < n; i++) {
        key = l[i];
        j = i;
        while (j > 0 && v[j - 1] > key) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = key;
    }

    if (n % 2 == 1)
        res = (double)v[n / 2];
    else
        res = ((double)v[n / 2 - 1] + (double)v[n / 2]) / 2.0;
    free(v);
    return res;
}
