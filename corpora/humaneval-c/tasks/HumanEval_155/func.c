/* HumanEval/155: even_odd_count -- count the even and the odd decimal digits of an integer, ignoring its sign. */

/* num: any integer (its sign is ignored; 0 has the single digit 0).
   *even_count and *odd_count receive the two tallies (the Python tuple). */
void even_odd_count(long num, int *even_count, int *odd_count)
{
    unsigned long m = num < 0 ? 0UL - (unsigned long)num : (unsigned long)num;
    int even = 0, odd = 0;

    do {
        if ((m % 10) % 2 == 0)
            even++;
        else
            odd++;
        m /= 10;
    } while (m > 0);
    *even_count = even;
    *odd_count = odd;
}
