/* HumanEval/102: choose_num -- find the largest even integer in the closed range [x, y]. */

/*
 * choose_num(x, y): x and y are positive integers.
 * Returns the largest even integer e with x <= e <= y, or -1 if there is none.
 */
int choose_num(int x, int y)
{
    if (x > y)
        return -1;
    int candidate = (y % 2 == 0) ? y : y - 1;
    return candidate >= x ? candidate : -1;
}
