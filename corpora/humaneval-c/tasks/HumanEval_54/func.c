/* HumanEval/54: same_chars -- tell whether two strings are built from exactly the same set of characters. */

/* s0, s1: NUL-terminated strings.
 * Returns 1 if every character occurring in one string also occurs in the
 * other (multiplicity ignored), else 0. */
int same_chars(const char *s0, const char *s1)
{
    unsigned char seen0[256] = {0};
    unsigned char seen1[256] = {0};
    const unsigned char *p;
    int i;

    for (p = (const unsigned char *)s0; *p != 0; p++)
        seen0[*p] = 1;
    for (p = (const unsigned char *)s1; *p != 0; p++)
        seen1[*p] = 1;
    for (i = 0; i < 256; i++) {
        if (seen0[i] != seen1[i])
            return 0;
    }
    return 1;
}
