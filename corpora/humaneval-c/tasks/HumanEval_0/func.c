/* HumanEval/0: has_close_elements -- report whether any two distinct entries of a list of floats lie closer together than a threshold. */

/* numbers: array of n doubles; threshold: strict distance bound.
   Returns 1 if some pair i != j has |numbers[i] - numbers[j]| < threshold, else 0. */
int has_close_elements(const double *numbers, int n, double threshold)
{
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            double d = numbers[i] - numbers[j];
            if (d < 0)
                d = -d;
            if (d < threshold)
                return 1;
        }
    }
    return 0;
}
