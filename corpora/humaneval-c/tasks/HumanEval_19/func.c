/* HumanEval/19: sort_numbers -- reorder a space-separated list of number words ("zero" .. "nine") by numeric value. */

/* Returns the index of the word tok[0..len) in words[0..10), or -1. */
static int word_value(const char *const *words, const char *tok, int len)
{
    for (int d = 0; d < 10; d++) {
        const char *w = words[d];
        int i = 0;
        while (i < len && w[i] == tok[i])
            i++;
        if (i == len && w[i] == '\0')
            return d;
    }
    return -1;
}

/* s: words separated by spaces.  out: caller buffer of at least strlen(s) + 1
   bytes.  Writes the recognised words sorted by value, joined with single
   spaces and NUL-terminated.  Returns the length written. */
int sort_numbers(const char *s, char *out)
{
    const char *const words[10] = {
        "zero", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine",
    };
    int counts[10] = {0};

    while (*s) {
        if (*s == ' ') {
            s++;
            continue;
        }
        const char *tok = s;
        while (*s && *s != ' ')
            s++;
        int d = word_value(words, tok, (int)(s - tok));
        if (d >= 0)
            counts[d]++;
    }

    int len = 0;
    for (int d = 0; d < 10; d++) {
        for (int k = 0; k < counts[d]; k++) {
            if (len > 0)
                out[len++] = ' ';
            for (const char *w = words[d]; *w; w++)
                out[len++] = *w;
        }
    }
    out[len] = '\0';
    return len;
}
