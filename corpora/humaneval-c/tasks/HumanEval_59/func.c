/* HumanEval/59: largest_prime_factor -- find the biggest prime dividing a composite number. */

/* n: integer > 1 (the task promises it is not prime; for a prime n the
 *    result is n itself). Returns the largest prime factor, by trial division. */
long largest_prime_factor(long n)
{
    long largest = 1;
    long d = 2;

    while (d <= n / d) {
        if (n % d == 0) {
            largest = d;
            n /= d;
        } else {
            d++;
        }
    }
    if (n > 1 && n > largest)
        largest = n;
    return largest;
}
