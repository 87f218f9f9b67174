/* HumanEval/31: is_prime -- decide whether an integer is a prime number. */

/* Returns 1 if n is prime, 0 otherwise (including n < 2). */
int is_prime(long n)
{
    if (n < 2)
        return 0;
    if (n % 2 == 0)
        return n == 2;
    for (long d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return 0;
    return 1;
}
