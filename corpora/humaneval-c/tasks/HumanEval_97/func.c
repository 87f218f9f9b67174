/* HumanEval/97: multiply -- multiply the last decimal digits of two integers. */

/*
 * multiply(a, b): returns (|a| mod 10) * (|b| mod 10), the product of the
 * unit digits of a and b (the sign is ignored).
 */
int multiply(int a, int b)
{
    long x = a < 0 ? -(long)a : a;
    long y = b < 0 ? -(long)b : b;
    return (int)((x % 10) * (y % 10));
}
