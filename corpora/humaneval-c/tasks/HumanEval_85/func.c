/* HumanEval/85: add -- sum the even values that sit at odd indices of a list. */

/*
 * add(lst, n): lst holds n integers.
 * Returns the sum of lst[i] for odd i where lst[i] is even.
 */
long add(const int *lst, int n)
{
    long sum = 0;
    for (int i = 1; i < n; i += 2) {
        if (lst[i] % 2 == 0)
            sum += lst[i];
    }
    return sum;
}
