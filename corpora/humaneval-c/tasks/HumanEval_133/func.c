/* HumanEval/133: sum_squares -- round every number up to an integer and return the sum of the squares. */
#include <math.h>

/* lst, n: the numbers (Python ints or floats, passed as doubles).
   Returns the sum over all elements of ceil(x) * ceil(x). */
long sum_squares(const double *lst, int n)
{
    long total = 0;

    for (int i = 0; i < n; i++) {
        long c = (long)ceil(lst[i]);
        total += c * c;
    }
    return total;
}
