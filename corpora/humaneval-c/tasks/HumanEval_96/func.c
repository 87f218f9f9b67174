/* HumanEval/96: count_up_to -- list all primes smaller than n in increasing order. */

/*
 * count_up_to(n, out): n is a non-negative integer.
 * Writes every prime p with p < n into out in increasing order and returns
 * how many were written; out must have room for n ints (n/2 + 1 is enough).
 */
int count_up_to(int n, int *out)
{
    int count = 0;
    for (int v = 2; v < n; v++) {
        int prime = 1;
        /* trial division by the primes found so far */
        for (int j = 0; j < count && out[j] * out[j] <= v; j++) {
            if (v % out[j] == 0) {
                prime = 0;
                break;
            }
        }
        if (prime)
            out[count++] = v;
    }
    return count;
}
