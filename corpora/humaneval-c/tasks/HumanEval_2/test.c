/* HumanEval/2 test driver */
#include <stdio.h>
#include <math.h>

double truncate_number(double number);

int main(void)
{
    struct { double in, want; } cases[] = {
        {3.5, 0.5},
        {1.33, 0.33},
        {123.456, 0.456},
    };
    for (int k = 0; k < 3; k++) {
        if (fabs(truncate_number(cases[k].in) - cases[k].want) >= 1e-6) {
            fprintf(stderr, "HumanEval/2: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
