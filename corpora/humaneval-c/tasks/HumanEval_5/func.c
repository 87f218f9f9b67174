/* HumanEval/5: intersperse -- insert a delimiter value between every pair of neighbouring list elements. */

/* numbers: n ints; out: caller buffer with room for 2*n - 1 ints (nothing is
   written when n == 0).  Returns the number of ints written. */
int intersperse(const int *numbers, int n, int delimeter, int *out)
{
    int len = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0)
            out[len++] = delimeter;
        out[len++] = numbers[i];
    }
    return len;
}
