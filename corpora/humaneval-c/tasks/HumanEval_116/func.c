/* HumanEval/116: sort_array -- sort integers by the number of 1 bits in their absolute value, breaking ties by value. */

static int ones(int v)
{
    unsigned int u = v < 0 ? 0u - (unsigned int)v : (unsigned int)v;
    int count = 0;
    while (u != 0) {
        count += (int)(u & 1u);
        u >>= 1;
    }
    return count;
}

/* Returns nonzero when a must come before b. */
static int before(int a, int b)
{
    int oa = ones(a);
    int ob = ones(b);
    if (oa != ob)
        return oa < ob;
    return a < b;
}

/*
 * sort_array(arr, n, out): arr holds n integers and is not modified.
 * Writes into out (room for n ints) the elements of arr ordered by the number
 * of 1 bits in the binary form of their absolute value (Python's
 * bin(x)[2:].count('1')), ties broken by ascending value.
 */
void sort_array(const int *arr, int n, int *out)
{
    for (int i = 0; i < n; i++) {
        int v = arr[i];
        int j = i;
        while (j > 0 && before(v, out[j - 1])) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = v;
    }
}
