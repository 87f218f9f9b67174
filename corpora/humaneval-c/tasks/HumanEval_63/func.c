/* HumanEval/63: fibfib -- compute the n-th tribonacci-like number starting 0, 0, 1. */

/* n: index (n >= 0). fibfib(n) = fibfib(n-1) + fibfib(n-2) + fibfib(n-3),
 * computed iteratively in O(n). */
long fibfib(int n)
{
    long a = 0, b = 0, c = 1; /* fibfib(i), fibfib(i+1), fibfib(i+2) */
    long t;
    int i;
    for (i = 0; i < n; i++) {
        t = a + b + c;
        a = b;
        b = c;
        c = t;
    }
    return a;
}
