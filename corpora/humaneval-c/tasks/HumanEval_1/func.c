/* HumanEval/1: separate_paren_groups -- split a string of balanced, non-nested top-level parenthesis groups into the individual groups, dropping spaces. */

/* s: NUL-terminated input made of '(' , ')' and spaces.
   out: caller buffer of at least strlen(s) + 1 bytes.  The groups are written
   back to back, each one terminated by its own NUL byte.
   Returns the number of groups written. */
int separate_paren_groups(const char *s, char *out)
{
    int depth = 0;
    int count = 0;
    char *w = out;

    for (; *s; s++) {
        if (*s == '(') {
            depth++;
            *w++ = '(';
        } else if (*s == ')') {
            depth--;
            *w++ = ')';
            if (depth == 0) {
                *w++ = '\0';
                count++;
            }
        }
    }
    return count;
}
