/* HumanEval/4: mean_absolute_deviation -- compute the average absolute distance of a list of floats from their mean. */

/* numbers: n > 0 doubles.  Returns (1/n) * sum |x - mean|. */
double mean_absolute_deviation(const double *numbers, int n)
{
    double sum = 0.0;
    for (int i = 0; i < n; i++)
        sum += numbers[i];
    double mean = sum / n;

    double dev = 0.0;
    for (int i = 0; i < n; i++) {
        double d = numbers[i] - mean;
        dev += d < 0 ? -d : d;
    }
    return dev / n;
}
