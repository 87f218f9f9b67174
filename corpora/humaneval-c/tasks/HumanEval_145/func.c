/* HumanEval/145: order_by_points -- stably sort integers by their digit sum, where a negative number's leading digit counts as negative. */

/* Digit sum with the most significant digit taking the sign of v,
   e.g. -12 -> -1 + 2 = 1. */
static int digit_points(int v)
{
    long m = v < 0 ? -(long)v : v;
    int sum = 0;
    int lead = 0;

    do {
        lead = (int)(m % 10);
        sum += lead;
        m /= 10;
    } while (m > 0);
    if (v < 0)
        sum -= 2 * lead;
    return sum;
}

/* nums, n: the list.
   out: caller buffer of n ints receiving the list sorted by digit_points,
   keeping the original order for equal keys.  Returns n. */
int order_by_points(const int *nums, int n, int *out)
{
    for (int i = 0; i < n; i++) {
        int v = nums[i];
        int key = digit_points(v);
        int j = i;
        /* stable insertion: move only past strictly larger keys */
        while (j > 0 && digit_points(out[j - 1]) > key) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = v;
    }
    return n;
}
