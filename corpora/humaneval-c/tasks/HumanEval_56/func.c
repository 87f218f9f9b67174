/* HumanEval/56: correct_bracketing -- check that a string of '<' and '>' is properly nested and balanced. */

/* brackets: NUL-terminated string of '<' and '>' (any other character is
 *           treated as a closing bracket, like the reference solution).
 * Returns 1 if every '<' is matched by a later '>', and no '>' is unmatched. */
int correct_bracketing(const char *brackets)
{
    long depth = 0;
    for (; *brackets != '\0'; brackets++) {
        if (*brackets == '<')
            depth++;
        else if (--depth < 0)
            return 0;
    }
    return depth == 0;
}
