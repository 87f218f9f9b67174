/* HumanEval/65: circular_shift -- rotate the decimal digits of an integer right by some amount, or reverse them if the shift exceeds the digit count. */

/* x: integer to rotate; its decimal text (with a leading '-' if negative,
 *    as Python's str would give) is what gets rotated.
 * shift: rotation amount (>= 0). If shift > number of characters the
 *        characters are reversed instead.
 * out: caller buffer of at least 24 bytes; receives the NUL-terminated result. */
void circular_shift(long x, int shift, char *out)
{
    char digits[24];
    int len = 0;
    int i;
    unsigned long mag;
    char s[24];

    mag = x < 0 ? 0UL - (unsigned long)x : (unsigned long)x;
    do {
        digits[len++] = (char)('0' + (int)(mag % 10));
        mag /= 10;
    } while (mag != 0);
    if (x < 0)
        digits[len++] = '-';

    /* digits[] is reversed; put it in reading order */
    for (i = 0; i < len; i++)
        s[i] = digits[len - 1 - i];

    if (shift > len) {
        for (i = 0; i < len; i++)
            out[i] = s[len - 1 - i];
    } else {
        /* result = last `shift` characters followed by the rest */
        for (i = 0; i < len; i++)
            out[i] = s[(i + len - shift) % len];
    }
    out[len] = '\0';
}
