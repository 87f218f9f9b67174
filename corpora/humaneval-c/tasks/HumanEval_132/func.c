/* HumanEval/132: is_nested -- report whether a bracket string contains a nested pair, i.e. "[[]]" as a subsequence. */

/* s: NUL-terminated string of '[' and ']'.
   Returns 1 if some subsequence of s forms a valid bracket sequence with at
   least one nested pair -- equivalently, if "[[]]" occurs in s as a
   (not necessarily contiguous) subsequence -- and 0 otherwise. */
int is_nested(const char *s)
{
    const char *pattern = "[[]]";
    int matched = 0;

    for (; *s && matched < 4; s++)
        if (*s == pattern[matched])
            matched++;
    return matched == 4;
}
