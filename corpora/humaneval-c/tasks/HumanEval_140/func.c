/* HumanEval/140: fix_spaces -- turn single or double spaces into underscores and longer runs of spaces into one dash. */

/* text: NUL-terminated input.
   out: caller buffer of at least strlen(text) + 1 bytes.
   Each run of one or two spaces becomes the same number of '_', each run
   of three or more spaces becomes a single '-'. */
void fix_spaces(const char *text, char *out)
{
    while (*text) {
        if (*text != ' ') {
            *out++ = *text++;
            continue;
        }
        {
            int run = 0;
            while (*text == ' ') {
                run++;
                text++;
            }
            if (run > 2) {
                *out++ = '-';
            } else {
                while (run-- > 0)
                    *out++ = '_';
            }
        }
    }
    *out = '\0';
}
