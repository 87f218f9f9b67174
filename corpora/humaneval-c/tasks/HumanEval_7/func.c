/* HumanEval/7: filter_by_substring -- keep only the strings of a list that contain a given substring. */

/* Returns 1 if needle occurs somewhere in hay (the empty needle always does). */
static int contains(const char *hay, const char *needle)
{
    for (;; hay++) {
        const char *h = hay, *p = needle;
        while (*p && *h == *p) {
            h++;
            p++;
        }
        if (*p == '\0')
            return 1;
        if (*hay == '\0')
            return 0;
    }
}

/* strs: n NUL-terminated strings; out: caller array with room for n pointers.
   The matching input pointers are stored in out in their original order.
   Returns the number of matches. */
int filter_by_substring(const char *const *strs, int n, const char *substring,
                        const char **out)
{
    int count = 0;
    for (int i = 0; i < n; i++)
        if (contains(strs[i], substring))
            out[count++] = strs[i];
    return count;
}
