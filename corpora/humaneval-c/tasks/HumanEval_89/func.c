/* HumanEval/89: encrypt -- rotate every lowercase letter four places forward in the alphabet. */

/*
 * encrypt(s, out): s is a NUL-terminated string.
 * Writes into out a copy of s where each 'a'..'z' is replaced by the letter
 * four places later (wrapping from 'z' to 'a'); other characters are copied
 * unchanged. out must hold at least strlen(s) + 1 bytes.
 */
void encrypt(const char *s, char *out)
{
    int i;
    for (i = 0; s[i] != '\0'; i++) {
        char c = s[i];
        if (c >= 'a' && c <= 'z') {
            int idx = (c - 'a' + 4) % 26;
            out[i] = (char)('a' + idx);
        } else {
            out[i] = c;
        }
    }
    out[i] = '\0';
}
