/* HumanEval/135: can_arrange -- find the last index whose element is smaller than the element before it, or -1. */

/* arr, n: the list (no duplicates).  Returns the largest i with
   arr[i] < arr[i - 1], or -1 if the list is non-decreasing. */
int can_arrange(const int *arr, int n)
{
    for (int i = n - 1; i >= 1; i--)
        if (arr[i] < arr[i - 1])
            return i;
    return -1;
}
