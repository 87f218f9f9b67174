/* HumanEval/108: count_nums -- count the integers whose signed digit sum is positive (a negative number's leading digit counts as negative). */

/* Digit sum where the most significant digit carries the sign of v. */
static long signed_digit_sum(int v)
{
    long x = v < 0 ? -(long)v : v;
    long sum = 0;
    long leading = 0;
    while (x > 0) {
        leading = x % 10;
        sum += leading;
        x /= 10;
    }
    if (v < 0)
        sum -= 2 * leading;
    return sum;
}

/*
 * count_nums(arr, n): arr holds n integers.
 * Returns how many elements have a signed digit sum greater than 0, where the
 * digits of -123 are taken as -1, 2, 3.
 */
int count_nums(const int *arr, int n)
{
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (signed_digit_sum(arr[i]) > 0)
            count++;
    }
    return count;
}
