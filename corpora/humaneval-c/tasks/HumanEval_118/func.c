/* HumanEval/118: get_closest_vowel -- find the rightmost vowel that sits between two consonants inside a word. */

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
 * get_closest_vowel(word, out): word is a NUL-terminated string of English letters.
 * Searching from the right, finds the first vowel (case-sensitive match is kept)
 * that is neither the first nor the last character and whose two neighbours are
 * both consonants. Writes that vowel as a one-character string into out, or ""
 * if there is none. out must hold at least 2 bytes.
 */
void get_closest_vowel(const char *word, char *out)
{
    int len = 0;
    while (word[len] != '\0')
        len++;
    out[0] = '\0';
    for (int i = len - 2; i >= 1; i--) {
        if (is_vowel(word[i]) && !is_vowel(word[i - 1]) && !is_vowel(word[i + 1])) {
            out[0] = word[i];
            out[1] = '\0';
            return;
        }
    }
}
