/* HumanEval/157: right_angle_triangle -- decide whether three side lengths form a right-angled triangle. */

/* a, b, c: side lengths.  Returns 1 if the square of one side equals the
   sum of the squares of the other two, 0 otherwise. */
int right_angle_triangle(long a, long b, long c)
{
    long a2 = a * a, b2 = b * b, c2 = c * c;

    return a2 == b2 + c2 || b2 == a2 + c2 || c2 == a2 + b2;
}
