/* HumanEval/45: triangle_area -- compute the area of a triangle from one side and the height onto it. */

/* a: side length, h: height onto that side. Returns a * h / 2. */
double triangle_area(double a, double h)
{
    return a * h / 2.0;
}
