/* HumanEval/49: modp -- compute 2 to the power n modulo p without overflowing. */

/* n: exponent (n >= 0), p: modulus (1 <= p < 2^31).
 * Returns 2^n mod p using square-and-multiply. */
long modp(long n, long p)
{
    unsigned long result = 1 % (unsigned long)p;
    unsigned long base = 2 % (unsigned long)p;
    unsigned long m = (unsigned long)p;

    while (n > 0) {
        if (n & 1)
            result = result * base % m;
        base = base * base % m;
        n >>= 1;
    }
    return (long)result;
}
