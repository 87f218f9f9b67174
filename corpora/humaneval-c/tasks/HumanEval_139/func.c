/* HumanEval/139: special_factorial -- compute the "Brazilian factorial" n! * (n-1)! * ... * 1!. */

/* n: positive integer.  Returns the product of k! for k = 1..n as a 64-bit
   long (exact for n <= 8; larger n overflows). */
long special_factorial(int n)
{
    long fact = 1;
    long result = 1;

    for (int k = 1; k <= n; k++) {
        fact *= k;
        result *= fact;
    }
    return result;
}
