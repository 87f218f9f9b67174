/* HumanEval/27: flip_case -- swap upper- and lower-case letters in a string. */
#include <ctype.h>

/* s: NUL-terminated input; out: caller buffer of strlen(s) + 1 bytes.
   Writes s with ASCII letter case swapped.  Returns the length written. */
int flip_case(const char *s, char *out)
{
    int i = 0;
    for (; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isupper(c))
            c = (unsigned char)tolower(c);
        else if (islower(c))
            c = (unsigned char)toupper(c);
        out[i] = (char)c;
    }
    out[i] = '\0';
    return i;
}
