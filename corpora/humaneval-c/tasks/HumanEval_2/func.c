/* HumanEval/2: truncate_number -- return the fractional part of a positive floating point number. */
#include <math.h>

/* number: a positive double.  Returns number minus its integer part, in [0, 1). */
double truncate_number(double number)
{
    return number - floor(number);
}
