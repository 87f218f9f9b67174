/* HumanEval/92: any_int -- check that three numbers are all integers and one equals the sum of the other two. */

/*
 * any_int(x, x_is_int, y, y_is_int, z, z_is_int):
 *   each Python argument is passed as its numeric value (double) plus a flag
 *   that is 1 when the Python value is an int and 0 when it is a float
 *   (so 3.0 is passed as 3.0 with flag 0).
 * Returns 1 if all three are ints and one of them equals the sum of the other
 * two, 0 otherwise. Int values must fit in a long.
 */
int any_int(double x, int x_is_int, double y, int y_is_int, double z, int z_is_int)
{
    if (!x_is_int || !y_is_int || !z_is_int)
        return 0;
    long a = (long)x;
    long b = (long)y;
    long c = (long)z;
    return a + b == c || a + c == b || b + c == a;
}
