/* HumanEval/77: iscube -- tell whether an integer (possibly negative) is the cube of an integer. */

/* a: any long. Returns 1 if a == r*r*r for some integer r, else 0.
 * Uses an exact integer binary search on |a|, no floating point. */
int iscube(long a)
{
    unsigned long m = a < 0 ? 0UL - (unsigned long)a : (unsigned long)a;
    unsigned long lo = 0, hi = 2097152UL; /* 2^21; (2^21)^3 = 2^63 > any |a| except LONG_MIN */
    unsigned long mid, cube;

    while (lo <= hi) {
        mid = lo + (hi - lo) / 2;
        cube = mid * mid * mid; /* mid <= 2^21 so this fits in 64 bits */
        if (cube == m)
            return 1;
        if (cube < m)
            lo = mid + 1;
        else if (mid == 0)
            break;
        else
            hi = mid - 1;
    }
    return 0;
}
