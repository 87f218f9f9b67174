/* HumanEval/81: numerical_letter_grade -- convert a list of GPAs into letter grades using a fixed threshold table. */

static const char *grade_for(double gpa)
{
    if (gpa == 4.0)
        return "A+";
    if (gpa > 3.7)
        return "A";
    if (gpa > 3.3)
        return "A-";
    if (gpa > 3.0)
        return "B+";
    if (gpa > 2.7)
        return "B";
    if (gpa > 2.3)
        return "B-";
    if (gpa > 2.0)
        return "C+";
    if (gpa > 1.7)
        return "C";
    if (gpa > 1.3)
        return "C-";
    if (gpa > 1.0)
        return "D+";
    if (gpa > 0.7)
        return "D";
    if (gpa > 0.0)
        return "D-";
    return "E";
}

/* grades, n: list of n GPAs.
 * out: caller array of n string pointers; out[i] is set to the letter grade
 *      of grades[i] (a pointer to a read-only string literal, not to be freed).
 * Returns n. */
int numerical_letter_grade(const double *grades, int n, const char **out)
{
    int i;
    for (i = 0; i < n; i++)
        out[i] = grade_for(grades[i]);
    return n;
}
