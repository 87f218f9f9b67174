/* HumanEval/50: decode_shift -- undo a Caesar shift of 5 applied to a lowercase string. */

/* s: NUL-terminated string of lowercase letters 'a'..'z' (as produced by
 *    encode_shift, which maps each letter c to (c - 'a' + 5) mod 26 + 'a').
 * out: caller buffer of at least strlen(s) + 1 bytes; receives the decoded text. */
void decode_shift(const char *s, char *out)
{
    int v;
    while (*s != '\0') {
        v = *s - 'a';            /* 0..25 for lowercase input */
        v = (v + 26 - 5) % 26;   /* shift back by 5, staying non-negative */
        *out++ = (char)('a' + v);
        s++;
    }
    *out = '\0';
}
