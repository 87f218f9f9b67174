/* HumanEval/101: words_string -- split a string into words separated by commas and/or whitespace. */
#include <ctype.h>

/*
 * words_string(s, buf, words): s is a NUL-terminated string of words separated
 * by any mix of commas and whitespace.
 * Copies each word, NUL-terminated, into buf (needs strlen(s) + 1 bytes) and
 * stores a pointer to it in words[i] (needs strlen(s) / 2 + 1 entries).
 * Returns the number of words, in their original order.
 */
int words_string(const char *s, char *buf, char **words)
{
    int count = 0;
    int i = 0;
    for (;;) {
        while (s[i] == ',' || isspace((unsigned char)s[i]))
            i++;
        if (s[i] == '\0')
            break;
        words[count++] = buf;
        while (s[i] != '\0' && s[i] != ',' && !isspace((unsigned char)s[i]))
            *buf++ = s[i++];
        *buf++ = '\0';
    }
    return count;
}
