/* HumanEval/21: rescale_to_unit -- linearly map a list of floats so its minimum becomes 0 and its maximum becomes 1. */

/* numbers: n >= 2 doubles, not all equal.  out: caller buffer of n doubles
   receiving (x - min) / (max - min) for each input x. */
void rescale_to_unit(const double *numbers, int n, double *out)
{
    double lo = numbers[0], hi = numbers[0];
    for (int i = 1; i < n; i++) {
        if (numbers[i] < lo)
            lo = numbers[i];
        if (numbers[i] > hi)
            hi = numbers[i];
    }
    double span = hi - lo;
    for (int i = 0; i < n; i++)
        out[i] = (numbers[i] - lo) / span;
}
