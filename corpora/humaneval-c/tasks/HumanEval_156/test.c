/* HumanEval/156 test driver */
#include <stdio.h>
#include <string.h>

void int_to_mini_roman(int number, char *out);

int main(void)
{
    struct { int n; const char *want; } cases[] = {
        {19, "xix"},
        {152, "clii"},
        {251, "ccli"},
        {426, "cdxxvi"},
        {500, "d"},
        {1, "i"},
        {4, "iv"},
        {43, "xliii"},
        {90, "xc"},
        {94, "xciv"},
        {532, "dxxxii"},
        {900, "cm"},
        {994, "cmxciv"},
        {1000, "m"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        char buf[32];
        memset(buf, 'x', sizeof buf);
        int_to_mini_roman(cases[k].n, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/156: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
