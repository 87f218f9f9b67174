/* HumanEval/76: is_simple_power -- tell whether x equals n raised to some non-negative integer power. */

/* x, n: integers (the interesting case is x >= 1, n >= 1).
 * Returns 1 if x == n**k for some integer k >= 0, else 0. x == 1 is always a
 * power (k = 0); for n == 1 only x == 1 qualifies. */
int is_simple_power(long x, long n)
{
    long p = 1;

    if (x == 1)
        return 1;
    if (n < 2)
        return 0;
    while (p < x) {
        if (p > x / n)
            return 0; /* next multiplication would overshoot x */
        p *= n;
    }
    return p == x;
}
