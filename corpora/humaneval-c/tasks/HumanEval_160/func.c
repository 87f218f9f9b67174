/* HumanEval/160: do_algebra -- evaluate an expression built from a list of integer operands and a list of + - * // ** operators, with Python precedence. */

static int op_is(const char *op, const char *name)
{
    while (*op && *op == *name) {
        op++;
        name++;
    }
    return *op == *name;
}

static long int_pow(long base, long exp)
{
    long result = 1;

    while (exp > 0) {
        if (exp & 1)
            result *= base;
        base *= base;
        exp >>= 1;
    }
    return result;
}

/* Python's floor division. */
static long floor_div(long a, long b)
{
    long q = a / b;

    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

/* Evaluate the right-associative chain of '**' that starts at operand *pos
   and advance *pos past its last operand. */
static long power_chain(const char *const *ops, const int *vals, int n, int *pos)
{
    int first = *pos;
    int last = first;
    long r;

    while (last < n - 1 && op_is(ops[last], "**"))
        last++;
    r = vals[last];
    for (int i = last - 1; i >= first; i--)
        r = int_pow(vals[i], r);
    *pos = last + 1;
    return r;
}

/* ops: n - 1 operator strings, each one of "+", "-", "*", "//", "**";
   ops[i] sits between vals[i] and vals[i + 1].
   vals, n: the n >= 2 non-negative operands.
   Returns the value of the expression under Python's rules: ** binds
   tightest and groups right to left, then * and //, then + and -. */
long do_algebra(const char *const *ops, const int *vals, int n)
{
    long sum = 0;
    int sign = 1;
    int pos = 0;

    while (pos < n) {
        long term = power_chain(ops, vals, n, &pos);
        while (pos < n && (op_is(ops[pos - 1], "*") || op_is(ops[pos - 1], "//"))) {
            int multiply = op_is(ops[pos - 1], "*");
            long factor = power_chain(ops, vals, n, &pos);
            term = multiply ? term * factor : floor_div(term, factor);
        }
        sum += sign * term;
        if (pos < n)
            sign = op_is(ops[pos - 1], "-") ? -1 : 1;
    }
    return sum;
}
