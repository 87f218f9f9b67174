/* HumanEval/106: f -- build a list whose i-th entry (1-based) is i! for even i and 1+2+...+i for odd i. */

/*
 * f(n, out): n >= 0.
 * Writes n values into out (room for n longs): for i = 1..n, out[i-1] is the
 * factorial of i when i is even and the triangular number i*(i+1)/2 when i is
 * odd. Returns n (0 when n <= 0). Values fit in a long for n <= 20.
 */
int f(int n, long *out)
{
    if (n <= 0)
        return 0;
    long factorial = 1;
    long triangle = 0;
    for (int i = 1; i <= n; i++) {
        factorial *= i;
        triangle += i;
        out[i - 1] = (i % 2 == 0) ? factorial : triangle;
    }
    return n;
}
