/* HumanEval/36: fizz_buzz -- count the digit 7 across all numbers below n that are multiples of 11 or 13. */

/* Returns the total number of '7' digits in the decimal forms of all
   0 <= i < n with i % 11 == 0 or i % 13 == 0. */
int fizz_buzz(int n)
{
    int sevens = 0;
    for (int i = 0; i < n; i++) {
        if (i % 11 != 0 && i % 13 != 0)
            continue;
        for (int x = i; x > 0; x /= 10)
            if (x % 10 == 7)
                sevens++;
    }
    return sevens;
}
