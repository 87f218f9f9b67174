/* HumanEval/143: words_in_sentence -- keep only the words whose length is a prime number, joined by single spaces. */

static int is_prime(int v)
{
    if (v < 2)
        return 0;
    for (int d = 2; d * d <= v; d++)
        if (v % d == 0)
            return 0;
    return 1;
}

/* sentence: NUL-terminated words separated by spaces.
   out: caller buffer of at least strlen(sentence) + 1 bytes; receives the
   words of prime length in their original order, separated by one space. */
void words_in_sentence(const char *sentence, char *out)
{
    const char *p = sentence;
    char *w = out;

    for (;;) {
        const char *start;
        int len;

        while (*p == ' ')
            p++;
        if (!*p)
            break;
        start = p;
        while (*p && *p != ' ')
            p++;
        len = (int)(p - start);
        if (is_prime(len)) {
            if (w != out)
                *w++ = ' ';
            for (int i = 0; i < len; i++)
                *w++ = start[i];
        }
    }
    *w = '\0';
}
