/* HumanEval/142: sum_squares -- sum a list after squaring entries at indices divisible by 3 and cubing the other entries at indices divisible by 4. */

/* lst, n: the list of integers.  Returns the sum where lst[i] contributes
   lst[i]^2 if i % 3 == 0, lst[i]^3 if i % 4 == 0 (and i % 3 != 0), and
   lst[i] otherwise. */
long sum_squares(const int *lst, int n)
{
    long total = 0;

    for (int i = 0; i < n; i++) {
        long v = lst[i];
        if (i % 3 == 0)
            total += v * v;
        else if (i % 4 == 0)
            total += v * v * v;
        else
            total += v;
    }
    return total;
}
