/* HumanEval/17: parse_music -- convert a space-separated ASCII note string into beat counts per note. */

/* s: notes separated by spaces: "o" = 4 beats, "o|" = 2 beats, ".|" = 1 beat.
   out: caller buffer with room for one int per note (strlen(s) / 2 + 1 is
   always enough).  Returns the number of notes; unknown tokens are skipped. */
int parse_music(const char *s, int *out)
{
    int count = 0;

    while (*s) {
        if (*s == ' ') {
            s++;
            continue;
        }
        const char *tok = s;
        while (*s && *s != ' ')
            s++;
        long len = s - tok;

        if (len == 1 && tok[0] == 'o')
            out[count++] = 4;
        else if (len == 2 && tok[0] == 'o' && tok[1] == '|')
            out[count++] = 2;
        else if (len == 2 && tok[0] == '.' && tok[1] == '|')
            out[count++] = 1;
    }
    return count;
}
