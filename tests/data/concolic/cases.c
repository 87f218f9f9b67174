/* Functions for the concolic step's tests: each names what the prover may and may not claim. */

/* reachable only when a == b: the prover must not call `return 7` unreachable */
int alias(int *a, int *b)
{
    *a = 1;
    *b = 2;
    if (*a == 2)
        return 7;
    return 0;
}

/* a local whose address escapes to a callee: its value after the call is anything */
extern void fill(int *p);
int escaped(void)
{
    int x = 0;
    fill(&x);
    if (x == 5)
        return 1;
    return 0;
}

/* the rare block needs n > 100000: reachable, though no short test reaches it */
int far_counter(int n)
{
    int s = 0;
    for (int i = 0; i < n; i++) {
        if (i == 100000)
            s += 5;
        s++;
    }
    return s;
}

/* i < 0 inside the loop: unreachable, by the invariant i >= 0 */
int never_negative(int n)
{
    int c = 0;
    for (int i = 0; i < n; i++) {
        if (i < 0)
            c += 100;
        c++;
    }
    return c;
}
