/* HumanEval/78: hex_key -- count the hexadecimal digits of a string whose value is prime (2, 3, 5, 7, B, D). */

/* num: NUL-terminated string of uppercase hex digits (may be empty).
 * Returns how many of its digits are 2, 3, 5, 7, 'B' or 'D'. */
int hex_key(const char *num)
{
    int count = 0;
    for (; *num != '\0'; num++) {
        switch (*num) {
        case '2': case '3': case '5': case '7': case 'B': case 'D':
            count++;
            break;
        default:
            break;
        }
    }
    return count;
}
