/* HumanEval/151: double_the_difference -- sum the squares of the list elements that are positive odd integers. */
#include <math.h>

/* lst, n: the numbers (Python ints or floats, passed as doubles).
   Returns the sum of x*x over the elements that are positive, odd and
   integral.  Deviation: Python ignores every float, even 3.0, while here any
   integral double counts; no assert of the task depends on that. */
long double_the_difference(const double *lst, int n)
{
    long total = 0;

    for (int i = 0; i < n; i++) {
        double x = lst[i];
        long v;
        if (x <= 0 || floor(x) != x)
            continue;
        v = (long)x;
        if (v % 2 == 1)
            total += v * v;
    }
    return total;
}
