/* HumanEval/130 test driver */
#include <stdio.h>
#include <math.h>

int tri(int n, double *out);

int main(void)
{
    /* every assert expects a prefix of the n = 20 list */
    static const double full[] = {1, 3, 2.0, 8.0, 3.0, 15.0, 4.0, 24.0, 5.0, 35.0, 6.0,
                                  48.0, 7.0, 63.0, 8.0, 80.0, 9.0, 99.0, 10.0, 120.0, 11.0};
    static const int ns[] = {3, 4, 5, 6, 7, 8, 9, 20, 0, 1};
    int ncases = (int)(sizeof ns / sizeof ns[0]);
    for (int k = 0; k < ncases; k++) {
        double buf[32];
        int cnt = tri(ns[k], buf);
        int ok = cnt == ns[k] + 1;
        for (int i = 0; ok && i < cnt; i++)
            if (fabs(buf[i] - full[i]) > 1e-6)
                ok = 0;
        if (!ok) {
            fprintf(stderr, "HumanEval/130: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
