/* HumanEval/66: digitSum -- add up the ASCII codes of the uppercase letters in a string. */

/* s: NUL-terminated string. Returns the sum of the codes of 'A'..'Z' in s. */
int digitSum(const char *s)
{
    int sum = 0;
    for (; *s != '\0'; s++) {
        if (*s >= 'A' && *s <= 'Z')
            sum += *s;
    }
    return sum;
}
