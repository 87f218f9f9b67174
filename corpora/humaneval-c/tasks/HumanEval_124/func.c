/* HumanEval/124: valid_date -- decide whether a string is a valid date written as mm-dd-yyyy with a sensible month and day. */
#include <ctype.h>

/* Parse the digits in [p, end) into *value.  The field must be non-empty and
   consist only of decimal digits; the value saturates at 1000000 so long
   fields cannot overflow.  Returns 1 on success, 0 otherwise. */
static int parse_field(const char *p, const char *end, long *value)
{
    long v = 0;

    if (p == end)
        return 0;
    for (; p < end; p++) {
        if (*p < '0' || *p > '9')
            return 0;
        if (v < 1000000)
            v = v * 10 + (*p - '0');
    }
    *value = v;
    return 1;
}

/* date: NUL-terminated string; surrounding white space is ignored.
   The string must consist of exactly three '-'-separated digit fields
   month-day-year, with 1 <= month <= 12 and 1 <= day <= 31/30/29 depending
   on the month (February allows 29).
   Returns 1 if valid, 0 otherwise. */
int valid_date(const char *date)
{
    const char *start = date;
    const char *end;
    const char *p;
    long field[3];
    int nfields = 0;
    long month, day, max_day;

    while (*start && isspace((unsigned char)*start))
        start++;
    end = start;
    while (*end)
        end++;
    while (end > start && isspace((unsigned char)end[-1]))
        end--;

    p = start;
    for (;;) {
        const char *q = p;
        while (q < end && *q != '-')
            q++;
        if (nfields == 3 || !parse_field(p, q, &field[nfields]))
            return 0;
        nfields++;
        if (q == end)
            break;
        p = q + 1;
    }
    if (nfields != 3)
        return 0;

    month = field[0];
    day = field[1];
    if (month < 1 || month > 12)
        return 0;
    if (month == 2)
        max_day = 29;
    else if (month == 4 || month == 6 || month == 9 || month == 11)
        max_day = 30;
    else
        max_day = 31;
    return day >= 1 && day <= max_day;
}
