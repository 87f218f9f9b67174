/* HumanEval/127: intersection -- say "YES" if the overlap of two closed integer intervals has a prime length, otherwise "NO". */

static int is_prime(long v)
{
    if (v < 2)
        return 0;
    for (long d = 2; d * d <= v; d++)
        if (v % d == 0)
            return 0;
    return 1;
}

static void put_str(char *out, const char *s)
{
    while ((*out++ = *s++) != '\0')
        ;
}

/* The intervals are [start1, end1] and [start2, end2] (start <= end).
   The intersection runs from max(start) to min(end); its length is taken
   as min(end) - max(start) (negative when the intervals are disjoint).
   out: caller buffer of at least 4 bytes; receives "YES" or "NO". */
void intersection(long start1, long end1, long start2, long end2, char *out)
{
    long lo = start1 > start2 ? start1 : start2;
    long hi = end1 < end2 ? end1 : end2;

    put_str(out, is_prime(hi - lo) ? "YES" : "NO");
}
