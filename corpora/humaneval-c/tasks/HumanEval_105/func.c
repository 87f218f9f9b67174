/* HumanEval/105: by_length -- take the values 1..9 from an array, sort them descending and spell them out as words. */

/*
 * by_length(arr, n, out): arr holds n integers.
 * Values outside 1..9 are ignored; the rest are sorted in descending order and
 * each is replaced by its English name ("One" .. "Nine"). out[i] receives a
 * pointer to a string constant (room for n pointers needed).
 * Returns the number of names written.
 */
int by_length(const int *arr, int n, const char **out)
{
    const char *const names[10] = {
        "", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"
    };
    int counts[10] = {0};
    for (int i = 0; i < n; i++) {
        if (arr[i] >= 1 && arr[i] <= 9)
            counts[arr[i]]++;
    }
    int len = 0;
    for (int d = 9; d >= 1; d--) {
        for (int c = 0; c < counts[d]; c++)
            out[len++] = names[d];
    }
    return len;
}
