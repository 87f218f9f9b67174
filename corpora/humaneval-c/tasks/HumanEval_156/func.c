/* HumanEval/156: int_to_mini_roman -- write a number from 1 to 1000 as a lowercase Roman numeral. */

/* number: 1 <= number <= 1000.
   out: caller buffer of at least 16 bytes (the longest result, for 888, is
   "dccclxxxviii", 12 characters); receives the lowercase numeral. */
void int_to_mini_roman(int number, char *out)
{
    const int values[13] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    const char *const symbols[13] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl",
                                     "x", "ix", "v", "iv", "i"};

    for (int i = 0; i < 13; i++) {
        while (number >= values[i]) {
            const char *s = symbols[i];
            while (*s)
                *out++ = *s++;
            number -= values[i];
        }
    }
    *out = '\0';
}
