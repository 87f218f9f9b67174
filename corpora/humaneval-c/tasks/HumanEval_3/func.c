/* HumanEval/3: below_zero -- tell whether a running bank balance starting at zero ever drops below zero. */

/* ops: n deposits (positive) and withdrawals (negative).
   Returns 1 as soon as the running sum becomes negative, 0 if it never does. */
int below_zero(const int *ops, int n)
{
    long balance = 0;
    for (int i = 0; i < n; i++) {
        balance += ops[i];
        if (balance < 0)
            return 1;
    }
    return 0;
}
