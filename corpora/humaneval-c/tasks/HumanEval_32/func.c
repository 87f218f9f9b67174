/* HumanEval/32: find_zero -- find one real root of a polynomial with an even number of coefficients (odd degree). */

/* Horner evaluation of xs[0] + xs[1]*x + ... + xs[n-1]*x^(n-1). */
static double eval_poly(const double *xs, int n, double x)
{
    double acc = 0.0;
    for (int i = n - 1; i >= 0; i--)
        acc = acc * x + xs[i];
    return acc;
}

static int sign_of(double v)
{
    return (v > 0.0) - (v < 0.0);
}

/* xs: n coefficients, n even and xs[n-1] != 0, so a real root exists.
   Brackets a sign change by widening [-1, 1] and then bisects until the
   bracket cannot shrink any further in double precision.  Returns the
   endpoint whose polynomial value is smaller in magnitude. */
double find_zero(const double *xs, int n)
{
    double lo = -1.0, hi = 1.0;
    double flo = eval_poly(xs, n, lo), fhi = eval_poly(xs, n, hi);

    while (sign_of(flo) * sign_of(fhi) > 0) {
        lo *= 2.0;
        hi *= 2.0;
        flo = eval_poly(xs, n, lo);
        fhi = eval_poly(xs, n, hi);
    }
    if (flo == 0.0)
        return lo;
    if (fhi == 0.0)
        return hi;

    for (int iter = 0; iter < 2000; iter++) {
        double mid = lo + (hi - lo) / 2.0;
        if (mid <= lo || mid >= hi)
            break;
        double fmid = eval_poly(xs, n, mid);
        if (fmid == 0.0)
            return mid;
        if (sign_of(fmid) == sign_of(flo)) {
            lo = mid;
            flo = fmid;
        } else {
            hi = mid;
            fhi = fmid;
        }
    }
    double alo = flo < 0.0 ? -flo : flo;
    double ahi = fhi < 0.0 ? -fhi : fhi;
    return alo <= ahi ? lo : hi;
}
