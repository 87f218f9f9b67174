/* HumanEval/144: simplify -- decide whether the product of two fractions written as "a/b" is a whole number. */

/* Parse "<num>/<den>" with positive decimal integers. */
static void parse_fraction(const char *s, long *num, long *den)
{
    long v = 0;

    while (*s >= '0' && *s <= '9')
        v = v * 10 + (*s++ - '0');
    *num = v;
    if (*s == '/')
        s++;
    v = 0;
    while (*s >= '0' && *s <= '9')
        v = v * 10 + (*s++ - '0');
    *den = v;
}

/* x, n: valid fractions "<numerator>/<denominator>" with positive parts.
   Returns 1 if x * n is an integer, 0 otherwise. */
int simplify(const char *x, const char *n)
{
    long a, b, c, d;

    parse_fraction(x, &a, &b);
    parse_fraction(n, &c, &d);
    return (a * c) % (b * d) == 0;
}
