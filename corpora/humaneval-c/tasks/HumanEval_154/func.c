/* HumanEval/154: cycpattern_check -- test whether the second word or any rotation of it occurs as a substring of the first word. */

/* a, b: NUL-terminated words.
   Returns 1 if some rotation b[r..] + b[..r] appears contiguously in a,
   0 otherwise (an empty b always matches). */
int cycpattern_check(const char *a, const char *b)
{
    int la = 0, lb = 0;

    while (a[la])
        la++;
    while (b[lb])
        lb++;
    if (lb == 0)
        return 1;

    for (int start = 0; start + lb <= la; start++) {
        for (int rot = 0; rot < lb; rot++) {
            int t = 0;
            while (t < lb && a[start + t] == b[(rot + t) % lb])
                t++;
            if (t == lb)
                return 1;
        }
    }
    return 0;
}
