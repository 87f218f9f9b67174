/* Blocks random and boundary inputs miss and z3 reaches. */

/* a multiplicative hash hitting one 2^-28 window: random and boundary inputs miss it */
int magic(unsigned x)
{
    if ((x * 2654435761u) >> 4 == 0x1234567u)
        return 1;
    return 0;
}

/* the solver must fill the array: a[0] * 3 + a[1] == 1000 and a[2] == a[0] - 7 */
int magic_array(const int *a, int n)
{
    if (n > 2 && a[0] * 3 + a[1] == 1000 && a[2] == a[0] - 7)
        return 1;
    return 0;
}
