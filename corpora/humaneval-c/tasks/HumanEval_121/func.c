/* HumanEval/121: solution -- sum the odd values found at even indices of a list. */

/*
 * solution(lst, n): lst holds n integers.
 * Returns the sum of lst[i] for even i where lst[i] is odd (negative odd
 * numbers count as odd).
 */
long solution(const int *lst, int n)
{
    long sum = 0;
    for (int i = 0; i < n; i += 2) {
        if (lst[i] % 2 != 0)
            sum += lst[i];
    }
    return sum;
}
