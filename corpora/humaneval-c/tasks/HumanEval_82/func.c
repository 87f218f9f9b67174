/* HumanEval/82: prime_length -- report whether the length of a string is a prime number. */

/*
 * prime_length(s): s is a NUL-terminated string.
 * Returns 1 if strlen(s) is a prime number, 0 otherwise.
 */
int prime_length(const char *s)
{
    long len = 0;
    while (s[len] != '\0')
        len++;
    if (len < 2)
        return 0;
    for (long d = 2; d * d <= len; d++) {
        if (len % d == 0)
            return 0;
    }
    return 1;
}
