/* HumanEval/79 test driver */
#include <stdio.h>
#include <string.h>

void decimal_to_binary(long decimal, char *out);

int main(void)
{
    static const long in[] = {0, 32, 103, 15};
    static const char *const want[] = {"db0db", "db100000db", "db1100111db", "db1111db"};
    char out[80];
    int k;
    /* the trailing `assert True` of the Python check is trivially true and omitted */
    for (k = 0; k < 4; k++) {
        decimal_to_binary(in[k], out);
        if (strcmp(out, want[k]) != 0) {
            fprintf(stderr, "HumanEval/79: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
