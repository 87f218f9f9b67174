/* HumanEval/109: move_one_ball -- decide whether some rotation of an array is sorted in non-decreasing order. */

/*
 * move_one_ball(arr, n): arr holds n integers (distinct, per the task).
 * Returns 1 if some number of right rotations makes arr non-decreasing
 * (always true for an empty array), 0 otherwise. This holds exactly when,
 * viewing arr as a cycle, at most one element is larger than its successor.
 */
int move_one_ball(const int *arr, int n)
{
    int descents = 0;
    for (int i = 0; i < n; i++) {
        int next = (i + 1 == n) ? 0 : i + 1;
        if (arr[i] > arr[next])
            descents++;
    }
    return descents <= 1;
}
