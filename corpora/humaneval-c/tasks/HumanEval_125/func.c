/* HumanEval/125: split_words -- split text on white space, else on commas, else count the lowercase letters at odd alphabet positions. */
#include <ctype.h>

static int is_separator(char c, int commas_too)
{
    return isspace((unsigned char)c) || (commas_too && c == ',');
}

/* txt: NUL-terminated input.
   buf: caller buffer of at least strlen(txt) + 1 bytes.
   The Python function returns either a list of words or an integer:
   - If txt contains a space, it is split on white space; if not but it
     contains a comma, it is split on commas and white space.  In both cases
     the words are written into buf back to back, each terminated by its own
     NUL byte, *count receives the number of words and the function returns 1.
   - Otherwise *count receives the number of lowercase letters whose
     alphabet index (a = 0, b = 1, ...) is odd, and the function returns 0. */
int split_words(const char *txt, char *buf, int *count)
{
    int has_space = 0, has_comma = 0;
    const char *p;

    for (p = txt; *p; p++) {
        if (*p == ' ')
            has_space = 1;
        else if (*p == ',')
            has_comma = 1;
    }

    if (!has_space && !has_comma) {
        int n = 0;
        for (p = txt; *p; p++)
            if (*p >= 'a' && *p <= 'z' && (*p - 'a') % 2 == 1)
                n++;
        *count = n;
        return 0;
    }

    {
        int commas_too = !has_space;
        int n = 0;
        char *w = buf;
        p = txt;
        for (;;) {
            while (*p && is_separator(*p, commas_too))
                p++;
            if (!*p)
                break;
            while (*p && !is_separator(*p, commas_too))
                *w++ = *p++;
            *w++ = '\0';
            n++;
        }
        *count = n;
        return 1;
    }
}
