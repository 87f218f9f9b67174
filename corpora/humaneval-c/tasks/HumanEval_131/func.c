/* HumanEval/131: digits -- multiply the odd decimal digits of a positive integer, giving 0 when it has none. */

/* n: positive integer.  Returns the product of its odd digits, or 0 if every
   digit is even. */
long digits(long n)
{
    long product = 1;
    int seen_odd = 0;

    for (; n > 0; n /= 10) {
        long d = n % 10;
        if (d % 2 == 1) {
            product *= d;
            seen_odd = 1;
        }
    }
    return seen_odd ? product : 0;
}
