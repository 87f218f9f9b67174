/* HumanEval/150: x_or_y -- return x when n is prime and y otherwise. */

/* Returns x if n is a prime number, y otherwise (n <= 1 is not prime). */
int x_or_y(int n, int x, int y)
{
    if (n < 2)
        return y;
    for (int d = 2; d <= n / d; d++)
        if (n % d == 0)
            return y;
    return x;
}
