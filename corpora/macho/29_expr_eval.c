/* Recursive-descent expression evaluator over constant strings: precedence, unary minus, parentheses, variables, errors. */
#include "proto.h"

struct parser {
    const char *p;
    int error;
    long vars[26];
};

__attribute__((noinline)) long parse_expr(struct parser *ps);

static void skip_ws(struct parser *ps) {
    while (*ps->p == ' ' || *ps->p == '\t')
        ps->p++;
}

__attribute__((noinline)) long parse_primary(struct parser *ps) {
    skip_ws(ps);
    char c = *ps->p;
    if (c == '(') {
        ps->p++;
        long v = parse_expr(ps);
        skip_ws(ps);
        if (*ps->p == ')')
            ps->p++;
        else
            ps->error = 1;
        return v;
    }
    if (c == '-') {
        ps->p++;
        return -parse_primary(ps);
    }
    if (c >= '0' && c <= '9') {
        long v = 0;
        while (*ps->p >= '0' && *ps->p <= '9')
            v = v * 10 + (*ps->p++ - '0');
        return v;
    }
    if (c >= 'a' && c <= 'z') {
        ps->p++;
        return ps->vars[c - 'a'];
    }
    ps->error = 2;
    return 0;
}

__attribute__((noinline)) long parse_power(struct parser *ps) {
    long base = parse_primary(ps);
    skip_ws(ps);
    if (*ps->p == '^') {
        ps->p++;
        long e = parse_power(ps); /* right associative */
        long r = 1;
        for (long i = 0; i < e && i < 62; i++)
            r *= base;
        return r;
    }
    return base;
}

__attribute__((noinline)) long parse_term(struct parser *ps) {
    long v = parse_power(ps);
    for (;;) {
        skip_ws(ps);
        char op = *ps->p;
        if (op != '*' && op != '/' && op != '%')
            return v;
        ps->p++;
        long r = parse_power(ps);
        if (op == '*')
            v *= r;
        else if (r == 0)
            ps->error = 3;
        else if (op == '/')
            v /= r;
        else
            v %= r;
    }
}

__attribute__((noinline)) long parse_expr(struct parser *ps) {
    long v = parse_term(ps);
    for (;;) {
        skip_ws(ps);
        char op = *ps->p;
        if (op != '+' && op != '-')
            return v;
        ps->p++;
        long r = parse_term(ps);
        v = op == '+' ? v + r : v - r;
    }
}

static long evaluate(const char *src, int *error) {
    struct parser ps = { src, 0, { 0 } };
    for (int i = 0; i < 26; i++)
        ps.vars[i] = i + 1;
    long v = parse_expr(&ps);
    skip_ws(&ps);
    if (*ps.p != '\0' && !ps.error)
        ps.error = 4;
    *error = ps.error;
    return v;
}

int main(void) {
    static const char *const exprs[] = {
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-(4 - 10) * -3", "100 / 7 % 4", "a + b * c - z",
        "((((5))))", "2^10 - 1000 / (3 + 2) * 4", "17 % 5 * (x - y) / 2", "1 / 0", "3 + * 4", "(1 + 2",
        "12 34", "-7 / 2 + -7 % 2", "  9*9*9*9*9 - 50000  ",
    };
    long checksum = 0;
    int errors = 0;
    for (size_t i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
        int err;
        long v = evaluate(exprs[i], &err);
        if (err) {
            printf("%-28s -> error %d\n", exprs[i], err);
            errors++;
        } else {
            printf("%-28s -> %ld\n", exprs[i], v);
            checksum = checksum * 7 + v;
        }
    }
    printf("checksum=%ld errors=%d\n", checksum, errors);
    return (int)(((checksum % 100) + 100) % 100);
}
