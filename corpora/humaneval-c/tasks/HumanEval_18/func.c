/* HumanEval/18: how_many_times -- count the (possibly overlapping) occurrences of a substring in a string. */

/* s, sub: NUL-terminated strings.  Returns the number of positions i at which
   sub matches s starting at i (an empty sub matches strlen(s) + 1 times). */
int how_many_times(const char *s, const char *sub)
{
    int count = 0;
    for (const char *start = s;; start++) {
        const char *a = start, *b = sub;
        while (*b && *a == *b) {
            a++;
            b++;
        }
        if (*b == '\0')
            count++;
        if (*start == '\0')
            break;
    }
    return count;
}
