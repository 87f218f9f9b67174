/* HumanEval/39: prime_fib -- return the n-th Fibonacci number that is also prime. */

static int is_prime(long p)
{
    if (p < 2)
        return 0;
    if (p % 2 == 0)
        return p == 2;
    for (long d = 3; d * d <= p; d += 2)
        if (p % d == 0)
            return 0;
    return 1;
}

/* n >= 1.  Walks the Fibonacci sequence 1, 2, 3, 5, 8, ... and returns the
   n-th term that is prime (prime_fib(1) == 2).  64-bit long is assumed. */
long prime_fib(int n)
{
    long a = 1, b = 1;
    for (;;) {
        long c = a + b;
        a = b;
        b = c;
        if (is_prime(c) && --n == 0)
            return c;
    }
}
