/* HumanEval/24: largest_divisor -- find the largest proper divisor of n (the biggest number below n that divides it). */

/* n >= 2.  Returns the largest d < n with n % d == 0 (1 for primes). */
int largest_divisor(int n)
{
    /* The largest proper divisor is n divided by its smallest prime factor. */
    for (int p = 2; (long)p * p <= n; p++)
        if (n % p == 0)
            return n / p;
    return 1;
}
