/* HumanEval/130: tri -- produce the first n + 1 terms of the odd "Tribonacci" sequence defined in the task. */

/* n: non-negative index of the last term.
   out: caller buffer of n + 1 doubles.
   Terms: t(0) = 1, t(1) = 3, t(i) = 1 + i/2 for even i, and for odd i
   t(i) = t(i-1) + t(i-2) + t(i+1) = t(i-1) + t(i-2) + (i + 3) / 2.
   Returns the number of terms written (n + 1). */
int tri(int n, double *out)
{
    out[0] = 1.0;
    if (n >= 1)
        out[1] = 3.0;
    for (int i = 2; i <= n; i++) {
        if (i % 2 == 0)
            out[i] = i / 2.0 + 1.0;
        else
            out[i] = out[i - 1] + out[i - 2] + (i + 3) / 2.0;
    }
    return n + 1;
}
