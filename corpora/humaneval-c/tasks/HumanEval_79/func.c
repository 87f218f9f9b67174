/* HumanEval/79: decimal_to_binary -- write a non-negative integer in binary, wrapped in "db" markers on both sides. */

/* decimal: value to convert (decimal >= 0).
 * out: caller buffer of at least 69 bytes (2 + up to 64 bits + 2 + NUL);
 *      receives "db" + binary digits (no leading zeros; "0" for zero) + "db". */
void decimal_to_binary(long decimal, char *out)
{
    unsigned long v = (unsigned long)decimal;
    char bits[64];
    int nbits = 0;
    int pos = 0;

    do {
        bits[nbits++] = (char)('0' + (int)(v & 1UL));
        v >>= 1;
    } while (v != 0);

    out[pos++] = 'd';
    out[pos++] = 'b';
    while (nbits > 0)
        out[pos++] = bits[--nbits];
    out[pos++] = 'd';
    out[pos++] = 'b';
    out[pos] = '\0';
}
