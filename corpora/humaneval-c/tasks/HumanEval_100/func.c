/* HumanEval/100: make_a_pile -- list the stone counts of an n-level pile that starts at n and grows by two per level. */

/*
 * make_a_pile(n, out): n is a positive integer.
 * Writes the n level sizes n, n+2, n+4, ... into out (room for n ints) and
 * returns n (0 when n <= 0).
 */
int make_a_pile(int n, int *out)
{
    if (n <= 0)
        return 0;
    int stones = n;
    for (int i = 0; i < n; i++) {
        out[i] = stones;
        stones += 2;
    }
    return n;
}
