/* HumanEval/6: parse_nested_parens -- for each space-separated parenthesis group, report its maximum nesting depth. */

/* s: NUL-terminated string of parenthesis groups separated by spaces.
   out: caller buffer with room for one int per group (strlen(s) / 2 + 1 is
   always enough).  Returns the number of groups. */
int parse_nested_parens(const char *s, int *out)
{
    int count = 0;

    while (*s) {
        if (*s == ' ') {
            s++;
            continue;
        }
        int depth = 0, deepest = 0;
        for (; *s && *s != ' '; s++) {
            if (*s == '(') {
                depth++;
                if (depth > deepest)
                    deepest = depth;
            } else {
                depth--;
            }
        }
        out[count++] = deepest;
    }
    return count;
}
