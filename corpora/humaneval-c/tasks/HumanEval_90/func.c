/* HumanEval/90: next_smallest -- find the second smallest distinct value of a list, if there is one. */

/*
 * next_smallest(lst, n, out): lst holds n integers.
 * If lst has at least two distinct values, stores the second smallest
 * distinct value in *out and returns 1. Otherwise (Python None) returns 0
 * and leaves *out untouched.
 */
int next_smallest(const int *lst, int n, int *out)
{
    if (n < 2)
        return 0;
    int smallest = lst[0];
    for (int i = 1; i < n; i++) {
        if (lst[i] < smallest)
            smallest = lst[i];
    }
    int found = 0;
    int second = 0;
    for (int i = 0; i < n; i++) {
        if (lst[i] > smallest && (!found || lst[i] < second)) {
            second = lst[i];
            found = 1;
        }
    }
    if (found)
        *out = second;
    return found;
}
