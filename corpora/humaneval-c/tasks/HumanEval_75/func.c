/* HumanEval/75: is_multiply_prime -- tell whether a number is the product of exactly three primes (not necessarily distinct). */

/* a: number to test.
 * Returns 1 if a = p * q * r for primes p, q, r (repetition allowed), i.e. a
 * has exactly three prime factors counted with multiplicity; else 0. */
int is_multiply_prime(int a)
{
    int count = 0;
    int d;

    if (a < 2)
        return 0;
    for (d = 2; d <= a / d; d++) {
        while (a % d == 0) {
            a /= d;
            count++;
            if (count > 3)
                return 0;
        }
    }
    if (a > 1)
        count++; /* the remaining cofactor is prime */
    return count == 3;
}
