/* HumanEval/46: fib4 -- compute the n-th term of the sequence 0, 0, 2, 0 where each later term sums the previous four. */

/* n: index (n >= 0). Computed iteratively with a sliding window of four terms. */
long fib4(int n)
{
    long w0 = 0, w1 = 0, w2 = 2, w3 = 0; /* terms n-4 .. n-1 as we advance */
    long next;
    int i;

    if (n == 0 || n == 1 || n == 3)
        return 0;
    if (n == 2)
        return 2;
    for (i = 4; i <= n; i++) {
        next = w0 + w1 + w2 + w3;
        w0 = w1;
        w1 = w2;
        w2 = w3;
        w3 = next;
    }
    return w3;
}
