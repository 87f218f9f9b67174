/* HumanEval/138: is_equal_to_sum_even -- decide whether n is a sum of exactly four positive even numbers. */

/* Four positive even numbers sum to at least 8 and always to an even value;
   every even n >= 8 is reachable as 2 + 2 + 2 + (n - 6).
   Returns 1 if n can be written that way, 0 otherwise. */
int is_equal_to_sum_even(int n)
{
    return n >= 8 && n % 2 == 0;
}
