/* HumanEval/62: derivative -- differentiate a polynomial given by its coefficient list, lowest degree first. */

/* xs, n: coefficients xs[0] + xs[1]*x + xs[2]*x^2 + ...
 * out: caller buffer with room for n - 1 ints (nothing is written when n <= 1);
 *      receives the derivative's coefficients, i * xs[i] for i = 1..n-1.
 * Returns the number of coefficients written (n - 1, or 0 if n <= 1). */
int derivative(const int *xs, int n, int *out)
{
    int i;
    if (n <= 1)
        return 0;
    for (i = 1; i < n; i++)
        out[i - 1] = i * xs[i];
    return n - 1;
}
