/* HumanEval/123: get_odd_collatz -- collect the odd values that appear in the Collatz sequence starting at n, in increasing order. */

/* n: positive start value.
   out: caller buffer of cap entries; receives the odd terms sorted ascending.
   (Collatz sequences for n < 10^9 have fewer than 1000 terms, so cap = 1000
   is always enough in that range.)
   Returns the number of values written, or -1 if cap is too small. */
int get_odd_collatz(long n, long *out, int cap)
{
    int count = 0;
    long v = n;

    for (;;) {
        if (v % 2 != 0) {
            int j = count;
            if (count >= cap)
                return -1;
            /* insert v at its sorted position */
            while (j > 0 && out[j - 1] > v) {
                out[j] = out[j - 1];
                j--;
            }
            out[j] = v;
            count++;
        }
        if (v <= 1)
            break;
        if (v % 2 == 0)
            v /= 2;
        else
            v = 3 * v + 1;
    }
    return count;
}
