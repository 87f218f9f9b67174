/* HumanEval/61: correct_bracketing -- check that a string of '(' and ')' is properly nested and balanced. */

/* brackets: NUL-terminated string of '(' and ')' (any other character counts
 *           as a closing bracket, like the reference solution).
 * Returns 1 if the parentheses are balanced and never close more than opened. */
int correct_bracketing(const char *brackets)
{
    long open = 0;
    const char *p;

    for (p = brackets; *p != '\0'; p++) {
        if (*p == '(') {
            open++;
        } else {
            if (open == 0)
                return 0;
            open--;
        }
    }
    return open == 0 ? 1 : 0;
}
