/* HumanEval/107: even_odd_palindrome -- count the even and the odd palindromic integers in 1..n. */

static int is_palindrome(int v)
{
    int reversed = 0;
    for (int x = v; x > 0; x /= 10)
        reversed = reversed * 10 + x % 10;
    return reversed == v;
}

/*
 * even_odd_palindrome(n, even_count, odd_count): 1 <= n <= 1000.
 * Stores in *even_count and *odd_count how many integers in 1..n (inclusive)
 * read the same forwards and backwards in decimal and are even, respectively odd
 * (the Python tuple (even, odd)).
 */
void even_odd_palindrome(int n, int *even_count, int *odd_count)
{
    int even = 0;
    int odd = 0;
    for (int v = 1; v <= n; v++) {
        if (!is_palindrome(v))
            continue;
        if (v % 2 == 0)
            even++;
        else
            odd++;
    }
    *even_count = even;
    *odd_count = odd;
}
