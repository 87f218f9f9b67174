/* HumanEval/22: filter_integers -- keep only the integer values from a list of arbitrary Python values. */

/* Parses text as a Python int literal (optional sign then decimal digits, or
   True/False since bool is an int subclass).  Returns 1 and sets *val on
   success, 0 otherwise. */
static int parse_int_literal(const char *t, long *val)
{
    const char *tr = "True", *fa = "False";
    int i = 0;
    while (tr[i] && t[i] == tr[i])
        i++;
    if (tr[i] == '\0' && t[i] == '\0') {
        *val = 1;
        return 1;
    }
    i = 0;
    while (fa[i] && t[i] == fa[i])
        i++;
    if (fa[i] == '\0' && t[i] == '\0') {
        *val = 0;
        return 1;
    }

    int neg = 0;
    if (*t == '-' || *t == '+') {
        neg = (*t == '-');
        t++;
    }
    if (*t < '0' || *t > '9')
        return 0;
    long v = 0;
    for (; *t; t++) {
        if (*t < '0' || *t > '9')
            return 0;
        v = v * 10 + (*t - '0');
    }
    *val = neg ? -v : v;
    return 1;
}

/* values: n Python values given as their literal source text, e.g. "4", "{}",
   "[]", "23.2", "'adasd'".  out: caller buffer of n longs receiving the
   integer values in input order.  Returns the number of integers found. */
int filter_integers(const char *const *values, int n, long *out)
{
    int count = 0;
    for (int i = 0; i < n; i++) {
        long v;
        if (parse_int_literal(values[i], &v))
            out[count++] = v;
    }
    return count;
}
