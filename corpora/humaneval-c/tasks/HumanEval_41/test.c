/* HumanEval/41 test driver */
#include <stdio.h>

long car_race_collision(long n);

int main(void)
{
    static const long in[] = {2, 3, 4, 8, 10};
    static const long want[] = {4, 9, 16, 64, 100};
    int k;
    for (k = 0; k < 5; k++) {
        if (car_race_collision(in[k]) != want[k]) {
            fprintf(stderr, "HumanEval/41: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
