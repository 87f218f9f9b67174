/* HumanEval/119: match_parens -- decide whether two parenthesis strings can be concatenated in some order into a balanced string. */

/* Returns 1 if first followed by second is a balanced parenthesis string. */
static int balanced_concat(const char *first, const char *second)
{
    long depth = 0;
    const char *parts[2] = {first, second};
    for (int p = 0; p < 2; p++) {
        for (const char *s = parts[p]; *s != '\0'; s++) {
            if (*s == '(')
                depth++;
            else if (--depth < 0)
                return 0;
        }
    }
    return depth == 0;
}

/*
 * match_parens(a, b, out): a and b are the two strings of the Python list,
 * each consisting only of '(' and ')'.
 * Writes "Yes" into out if a+b or b+a is balanced, otherwise "No".
 * out must hold at least 4 bytes.
 */
void match_parens(const char *a, const char *b, char *out)
{
    if (balanced_concat(a, b) || balanced_concat(b, a)) {
        out[0] = 'Y';
        out[1] = 'e';
        out[2] = 's';
        out[3] = '\0';
    } else {
        out[0] = 'N';
        out[1] = 'o';
        out[2] = '\0';
    }
}
