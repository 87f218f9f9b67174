/* HumanEval/83: starts_one_ends -- count the n-digit positive integers whose first or last digit is 1. */

/*
 * starts_one_ends(n): n >= 1 is the number of digits.
 * Returns how many n-digit positive integers start or end with the digit 1
 * (0 for n < 1). The result fits in a long for n <= 19.
 */
long starts_one_ends(int n)
{
    if (n < 1)
        return 0;
    if (n == 1)
        return 1;
    /* start with 1: 10^(n-1); end with 1: 9*10^(n-2); both: 10^(n-2)
       -> 10*10^(n-2) + 9*10^(n-2) - 10^(n-2) = 18*10^(n-2) */
    long count = 18;
    for (int i = 2; i < n; i++)
        count *= 10;
    return count;
}
