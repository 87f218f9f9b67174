/* HumanEval/93: encode -- swap the case of every letter and replace each vowel by the letter two places after it. */

static int is_vowel(char c)
{
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
    case 'A': case 'E': case 'I': case 'O': case 'U':
        return 1;
    default:
        return 0;
    }
}

/*
 * encode(message, out): message is a NUL-terminated string of letters and spaces.
 * Writes into out the message with the case of every ASCII letter swapped and
 * every vowel (after swapping) replaced by the letter two places later in the
 * alphabet ('a' -> 'c', 'U' -> 'W', ...). Other characters are copied.
 * out must hold at least strlen(message) + 1 bytes.
 */
void encode(const char *message, char *out)
{
    int i;
    for (i = 0; message[i] != '\0'; i++) {
        char c = message[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        else if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (is_vowel(c))
            c = (char)(c + 2);
        out[i] = c;
    }
    out[i] = '\0';
}
