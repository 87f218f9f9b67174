/* HumanEval/113: odd_count -- for each digit string, build a fixed sentence with every 'i' replaced by that string's count of odd digits. */

/* Appends src to dst at *pos. */
static void append_str(char *dst, int *pos, const char *src)
{
    while (*src != '\0')
        dst[(*pos)++] = *src++;
}

/* Appends the decimal representation of the non-negative v to dst at *pos. */
static void append_int(char *dst, int *pos, int v)
{
    char digits[12];
    int len = 0;
    do {
        digits[len++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (len > 0)
        dst[(*pos)++] = digits[--len];
}

/*
 * odd_count(lst, n, out): lst holds n NUL-terminated strings of decimal digits.
 * For each i, writes into the caller's buffer out[i] (at least 96 bytes each)
 * the sentence "the number of odd elements Kn the strKng K of the Knput."
 * where K is the number of odd digits in lst[i].
 */
void odd_count(const char *const *lst, int n, char **out)
{
    for (int i = 0; i < n; i++) {
        int odd = 0;
        for (const char *p = lst[i]; *p != '\0'; p++) {
            if (*p >= '0' && *p <= '9' && (*p - '0') % 2 == 1)
                odd++;
        }
        char *dst = out[i];
        int pos = 0;
        append_str(dst, &pos, "the number of odd elements ");
        append_int(dst, &pos, odd);
        append_str(dst, &pos, "n the str");
        append_int(dst, &pos, odd);
        append_str(dst, &pos, "ng ");
        append_int(dst, &pos, odd);
        append_str(dst, &pos, " of the ");
        append_int(dst, &pos, odd);
        append_str(dst, &pos, "nput.");
        dst[pos] = '\0';
    }
}
