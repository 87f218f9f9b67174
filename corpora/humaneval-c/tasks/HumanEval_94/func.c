/* HumanEval/94: skjkasdkd -- find the largest prime in a list and return the sum of its decimal digits. */

static int is_prime(int v)
{
    if (v < 2)
        return 0;
    for (int d = 2; (long)d * d <= v; d++) {
        if (v % d == 0)
            return 0;
    }
    return 1;
}

/*
 * skjkasdkd(lst, n): lst holds n integers.
 * Returns the digit sum of the largest prime in lst, or 0 if lst has no prime.
 */
int skjkasdkd(const int *lst, int n)
{
    int best = 0;
    for (int i = 0; i < n; i++) {
        if (lst[i] > best && is_prime(lst[i]))
            best = lst[i];
    }
    int sum = 0;
    while (best > 0) {
        sum += best % 10;
        best /= 10;
    }
    return sum;
}
