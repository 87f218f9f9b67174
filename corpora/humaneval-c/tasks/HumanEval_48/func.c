/* HumanEval/48: is_palindrome -- tell whether a string reads the same forwards and backwards. */

/* text: NUL-terminated string. Returns 1 if it is a palindrome, else 0. */
int is_palindrome(const char *text)
{
    const char *lo = text;
    const char *hi = text;

    while (*hi != '\0')
        hi++;
    if (hi == text)
        return 1;
    hi--;
    while (lo < hi) {
        if (*lo != *hi)
            return 0;
        lo++;
        hi--;
    }
    return 1;
}
