/* HumanEval/60: sum_to_n -- add up the integers from 1 through n. */

/* n: upper bound (n >= 0). Returns 1 + 2 + ... + n (0 for n <= 0). */
long sum_to_n(long n)
{
    long total = 0;
    long i;
    for (i = 1; i <= n; i++)
        total += i;
    return total;
}
