/* HumanEval/99: closest_integer -- round a decimal number given as a string to the nearest integer, ties away from zero. */

/*
 * closest_integer(value): value is a NUL-terminated decimal number of the form
 * [whitespace][+|-]digits[.digits] (e.g. "10", "15.3", "-14.5").
 * Returns the nearest integer; a value exactly halfway between two integers is
 * rounded away from zero. The string is parsed digit by digit, so no
 * floating-point rounding is involved. The result must fit in a long.
 */
long closest_integer(const char *value)
{
    const char *p = value;
    while (*p == ' ' || *p == '\t' || *p == '\n')
        p++;

    int negative = 0;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        p++;
    }

    long magnitude = 0;
    while (*p >= '0' && *p <= '9') {
        magnitude = magnitude * 10 + (*p - '0');
        p++;
    }

    /* |fraction| >= 0.5 exactly when its first digit is 5 or more */
    if (*p == '.' && p[1] >= '5' && p[1] <= '9')
        magnitude++;

    return negative ? -magnitude : magnitude;
}
