/* HumanEval/137: compare_one -- pick the larger of two real numbers given as ints, floats or strings (with '.' or ',' as decimal mark), or neither if equal. */

/* A decimal number split into its parts, with insignificant zeros trimmed. */
static void split_decimal(const char *s, int *negative,
                          const char **int_part, int *int_len,
                          const char **frac_part, int *frac_len)
{
    *negative = 0;
    if (*s == '+' || *s == '-') {
        *negative = (*s == '-');
        s++;
    }
    while (*s == '0')
        s++;
    *int_part = s;
    *int_len = 0;
    while (s[*int_len] >= '0' && s[*int_len] <= '9')
        (*int_len)++;
    s += *int_len;
    *frac_part = s;
    *frac_len = 0;
    if (*s == '.' || *s == ',') {
        int len = 0;
        s++;
        *frac_part = s;
        while (s[len] >= '0' && s[len] <= '9')
            len++;
        while (len > 0 && s[len - 1] == '0')
            len--;
        *frac_len = len;
    }
}

/* Compare the absolute values: returns <0, 0 or >0. */
static int compare_magnitude(const char *ia, int ilen_a, const char *fa, int flen_a,
                             const char *ib, int ilen_b, const char *fb, int flen_b)
{
    int flen;

    if (ilen_a != ilen_b)
        return ilen_a - ilen_b;
    for (int i = 0; i < ilen_a; i++)
        if (ia[i] != ib[i])
            return ia[i] - ib[i];
    flen = flen_a > flen_b ? flen_a : flen_b;
    for (int i = 0; i < flen; i++) {
        int da = i < flen_a ? fa[i] - '0' : 0;
        int db = i < flen_b ? fb[i] - '0' : 0;
        if (da != db)
            return da - db;
    }
    return 0;
}

/* a, b: the two values written out as plain decimal numerals
   ([sign] digits [('.' | ',') digits]); a Python int or float is passed as
   its literal text, a Python string as its contents.  The comparison is exact.
   Returns 1 if a is larger, 2 if b is larger, 0 if they are equal (Python
   None).  Because the caller still owns a and b, returning which argument
   won preserves "the larger variable in its given type". */
int compare_one(const char *a, const char *b)
{
    int neg_a, neg_b, ilen_a, ilen_b, flen_a, flen_b, zero_a, zero_b, cmp;
    const char *ia, *fa, *ib, *fb;

    split_decimal(a, &neg_a, &ia, &ilen_a, &fa, &flen_a);
    split_decimal(b, &neg_b, &ib, &ilen_b, &fb, &flen_b);
    zero_a = ilen_a == 0 && flen_a == 0;
    zero_b = ilen_b == 0 && flen_b == 0;
    if (zero_a)
        neg_a = 0;
    if (zero_b)
        neg_b = 0;

    if (neg_a != neg_b)
        return neg_a ? 2 : 1;
    cmp = compare_magnitude(ia, ilen_a, fa, flen_a, ib, ilen_b, fb, flen_b);
    if (neg_a)
        cmp = -cmp;
    if (cmp > 0)
        return 1;
    if (cmp < 0)
        return 2;
    return 0;
}
