/* HumanEval/25: factorize -- list the prime factors of an integer in increasing order, repeated by multiplicity. */

/* n >= 2.  out: caller buffer of at least 32 ints (an int has at most 31
   prime factors).  Returns the number of factors written; their product is n. */
int factorize(int n, int *out)
{
    int count = 0;
    for (int p = 2; (long)p * p <= n; p++) {
        while (n % p == 0) {
            out[count++] = p;
            n /= p;
        }
    }
    if (n > 1)
        out[count++] = n;
    return count;
}
