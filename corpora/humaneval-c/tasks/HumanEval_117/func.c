/* HumanEval/117: select_words -- list, in order, the words of a string that contain exactly n consonants. */
#include <ctype.h>

static int is_consonant(char c)
{
    if (!isalpha((unsigned char)c))
        return 0;
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
    case 'A': case 'E': case 'I': case 'O': case 'U':
        return 0;
    default:
        return 1;
    }
}

/*
 * select_words(s, n, buf, words): s is a NUL-terminated string of letters and
 * whitespace; n >= 0.
 * Every whitespace-separated word of s with exactly n consonants (letters
 * other than a, e, i, o, u in either case) is copied, NUL-terminated, into buf
 * (needs strlen(s) + 1 bytes) and a pointer to the copy is stored in words[i]
 * (needs strlen(s) / 2 + 1 entries). Returns the number of words selected.
 */
int select_words(const char *s, int n, char *buf, char **words)
{
    int count = 0;
    int i = 0;
    for (;;) {
        while (isspace((unsigned char)s[i]))
            i++;
        if (s[i] == '\0')
            break;
        int start = i;
        int consonants = 0;
        while (s[i] != '\0' && !isspace((unsigned char)s[i])) {
            if (is_consonant(s[i]))
                consonants++;
            i++;
        }
        if (consonants == n) {
            words[count++] = buf;
            for (int j = start; j < i; j++)
                *buf++ = s[j];
            *buf++ = '\0';
        }
    }
    return count;
}
