/* HumanEval/13: greatest_common_divisor -- compute the greatest common divisor of two integers. */

/* Euclid's algorithm on two non-negative integers. */
int greatest_common_divisor(int a, int b)
{
    while (b != 0) {
        int r = a % b;
        a = b;
        b = r;
    }
    return a;
}
