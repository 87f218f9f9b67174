/* HumanEval/146: specialFilter -- count the numbers above 10 whose first and last decimal digits are both odd. */

/* nums, n: the list.  Returns how many elements are > 10 and have an odd
   leading digit and an odd final digit. */
int specialFilter(const int *nums, int n)
{
    int count = 0;

    for (int i = 0; i < n; i++) {
        int v = nums[i];
        int last, first;
        if (v <= 10)
            continue;
        last = v % 10;
        first = v;
        while (first >= 10)
            first /= 10;
        if (first % 2 == 1 && last % 2 == 1)
            count++;
    }
    return count;
}
