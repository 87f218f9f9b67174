/* HumanEval/137 test driver */
#include <stdio.h>

int compare_one(const char *a, const char *b);

int main(void)
{
    /* want: 1 = first argument returned, 2 = second, 0 = None.
       Each Python assert returns an argument unchanged, so checking which
       argument comes back covers its value and type. */
    struct { const char *a, *b; int want; } cases[] = {
        {"1", "2", 2},        /* candidate(1, 2) == 2 */
        {"1", "2.5", 2},      /* candidate(1, 2.5) == 2.5 */
        {"2", "3", 2},        /* candidate(2, 3) == 3 */
        {"5", "6", 2},        /* candidate(5, 6) == 6 */
        {"1", "2,3", 2},      /* candidate(1, "2,3") == "2,3" */
        {"5,1", "6", 2},      /* candidate("5,1", "6") == "6" */
        {"1", "2", 2},        /* candidate("1", "2") == "2" */
        {"1", "1", 0},        /* candidate("1", 1) == None */
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        if (compare_one(cases[k].a, cases[k].b) != cases[k].want) {
            fprintf(stderr, "HumanEval/137: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
