/* HumanEval/114: minSubArraySum -- find the smallest sum of any non-empty contiguous sub-array. */

/*
 * minSubArraySum(nums, n): nums holds n >= 1 integers (64-bit).
 * Returns the minimum sum over all non-empty contiguous sub-arrays
 * (0 for n <= 0).
 */
long minSubArraySum(const long *nums, int n)
{
    if (n <= 0)
        return 0;
    long best = nums[0];
    long ending_here = nums[0];
    for (int i = 1; i < n; i++) {
        /* either extend the run that ends at i-1 or start afresh at i */
        if (ending_here > 0)
            ending_here = nums[i];
        else
            ending_here += nums[i];
        if (ending_here < best)
            best = ending_here;
    }
    return best;
}
