/* HumanEval/88: sort_array -- return a sorted copy of an array, ascending when first+last is odd and descending when it is even. */
#include <stdlib.h>

static int cmp_ascending(const void *a, const void *b)
{
    int x = *(const int *)a;
    int y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_descending(const void *a, const void *b)
{
    return cmp_ascending(b, a);
}

/*
 * sort_array(array, n, out): array holds n non-negative integers and is not modified.
 * Writes a sorted copy of array into out (room for n ints): ascending if
 * array[0] + array[n-1] is odd, descending if it is even. An empty input
 * leaves out untouched.
 */
void sort_array(const int *array, int n, int *out)
{
    if (n <= 0)
        return;
    for (int i = 0; i < n; i++)
        out[i] = array[i];
    long ends = (long)array[0] + array[n - 1];
    qsort(out, (size_t)n, sizeof out[0], ends % 2 != 0 ? cmp_ascending : cmp_descending);
}
