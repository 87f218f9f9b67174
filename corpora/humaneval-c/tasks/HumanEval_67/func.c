/* HumanEval/67: fruit_distribution -- subtract the apple and orange counts named in a sentence from the fruit total to get the mango count. */

/* s: sentence such as "5 apples and 6 oranges"; every space-separated word
 *    made only of decimal digits is taken as a count.
 * n: total number of fruits.
 * Returns n minus the sum of those counts. */
long fruit_distribution(const char *s, long n)
{
    long sum = 0;
    long value;
    int all_digits, len;

    while (*s != '\0') {
        value = 0;
        all_digits = 1;
        len = 0;
        while (*s != '\0' && *s != ' ') {
            if (*s >= '0' && *s <= '9')
                value = value * 10 + (*s - '0');
            else
                all_digits = 0;
            len++;
            s++;
        }
        if (len > 0 && all_digits)
            sum += value;
        if (*s == ' ')
            s++;
    }
    return n - sum;
}
