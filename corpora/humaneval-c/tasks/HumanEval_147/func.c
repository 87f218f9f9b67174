/* HumanEval/147: get_max_triples -- count index triples i < j < k with a[i] + a[j] + a[k] divisible by 3, where a[i] = i*i - i + 1. */

/* n: positive length of the array a[1..n].
   a[i] mod 3 is 0 when i % 3 == 2 and 1 otherwise, so a triple sums to a
   multiple of 3 exactly when all three terms share the same residue.
   Returns C(zeros, 3) + C(ones, 3). */
long get_max_triples(int n)
{
    long zeros = 0, ones = 0;

    for (int i = 1; i <= n; i++) {
        long a = (long)i * i - i + 1;
        if (a % 3 == 0)
            zeros++;
        else
            ones++;
    }
    return zeros * (zeros - 1) * (zeros - 2) / 6 + ones * (ones - 1) * (ones - 2) / 6;
}
