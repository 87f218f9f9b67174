/* HumanEval/163: generate_integers -- list the even single digits (2, 4, 6, 8) lying between a and b inclusive, in ascending order. */

/* a, b: positive integers in either order.
   out: caller buffer of at least 4 ints receiving the even digits d with
   min(a, b) <= d <= max(a, b), ascending.
   Returns the number of values written. */
int generate_integers(int a, int b, int *out)
{
    int lo = a < b ? a : b;
    int hi = a < b ? b : a;
    int count = 0;

    for (int d = 2; d <= 8; d += 2)
        if (d >= lo && d <= hi)
            out[count++] = d;
    return count;
}
