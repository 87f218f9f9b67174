/* HumanEval/71: triangle_area -- compute a triangle's area from its three sides, rounded to two decimals, or -1 if the sides cannot form a triangle. */
#include <math.h>

/* a, b, c: side lengths.
 * Returns the area (Heron's formula) rounded to 2 decimal places, or -1.0 if
 * some side is at least the sum of the other two. */
double triangle_area(double a, double b, double c)
{
    double s, area;

    if (a + b <= c || a + c <= b || b + c <= a)
        return -1.0;
    s = (a + b + c) / 2.0;
    area = sqrt(s * (s - a) * (s - b) * (s - c));
    return round(area * 100.0) / 100.0;
}
