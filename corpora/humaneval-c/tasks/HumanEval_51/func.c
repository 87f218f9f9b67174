/* HumanEval/51: remove_vowels -- copy a string while dropping the vowels a, e, i, o, u in either case. */

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

/* text: NUL-terminated input.
 * out: caller buffer of at least strlen(text) + 1 bytes; receives the text
 *      without vowels (all other characters, including newlines, are kept). */
void remove_vowels(const char *text, char *out)
{
    for (; *text != '\0'; text++) {
        if (!is_vowel(*text))
            *out++ = *text;
    }
    *out = '\0';
}
