/* HumanEval/98: count_upper -- count the uppercase vowels at even positions of a string. */

/*
 * count_upper(s): s is a NUL-terminated string.
 * Returns how many of s[0], s[2], s[4], ... are one of 'A', 'E', 'I', 'O', 'U'.
 */
int count_upper(const char *s)
{
    int count = 0;
    for (int i = 0; s[i] != '\0'; i++) {
        if (i % 2 != 0)
            continue;
        char c = s[i];
        if (c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U')
            count++;
    }
    return count;
}
