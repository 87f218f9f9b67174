/* HumanEval/8: sum_product -- compute both the sum and the product of a list of integers (0 and 1 for an empty list). */

/* numbers: n ints.  Stores the sum in *sum and the product in *prod. */
void sum_product(const int *numbers, int n, long *sum, long *prod)
{
    long s = 0, p = 1;
    for (int i = 0; i < n; i++) {
        s += numbers[i];
        p *= numbers[i];
    }
    *sum = s;
    *prod = p;
}
