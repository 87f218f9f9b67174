/* HumanEval/55: fib -- return the n-th Fibonacci number with fib(0) = 0 and fib(1) = 1. */

/* n: index (n >= 0). Iterative; exact while the result fits in a long (n <= 92). */
long fib(int n)
{
    long a = 0, b = 1, t;
    int i;
    for (i = 0; i < n; i++) {
        t = a + b;
        a = b;
        b = t;
    }
    return a;
}
