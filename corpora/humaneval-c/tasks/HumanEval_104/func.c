/* HumanEval/104: unique_digits -- keep the numbers whose decimal digits are all odd, sorted ascending. */

static int all_digits_odd(int v)
{
    long x = v < 0 ? -(long)v : v;
    do {
        if ((x % 10) % 2 == 0)
            return 0;
        x /= 10;
    } while (x != 0);
    return 1;
}

/*
 * unique_digits(x, n, out): x holds n positive integers.
 * Writes into out (room for n ints), in increasing order, every element of x
 * that has no even decimal digit, and returns how many were written.
 */
int unique_digits(const int *x, int n, int *out)
{
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (!all_digits_odd(x[i]))
            continue;
        /* insert x[i] into the sorted prefix out[0..count) */
        int j = count;
        while (j > 0 && out[j - 1] > x[i]) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = x[i];
        count++;
    }
    return count;
}
