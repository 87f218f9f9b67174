/* HumanEval/20: find_closest_elements -- find the two values of a float list that are nearest to each other, returned smaller first. */

/* numbers: n >= 2 doubles.  Stores the closest pair in *lo <= *hi; on ties the
   pair found first (scanning i < j in index order) wins. */
void find_closest_elements(const double *numbers, int n, double *lo, double *hi)
{
    double best = -1.0;

    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            double a = numbers[i], b = numbers[j];
            if (a > b) {
                double t = a;
                a = b;
                b = t;
            }
            double d = b - a;
            if (best < 0.0 || d < best) {
                best = d;
                *lo = a;
                *hi = b;
            }
        }
    }
}
