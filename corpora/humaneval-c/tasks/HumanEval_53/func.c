/* HumanEval/53: add -- return the sum of two integers. */

/* x, y: operands. Returns x + y. */
long add(long x, long y)
{
    return x + y;
}
