/* HumanEval/141 test driver */
#include <stdio.h>
#include <string.h>

void file_name_check(const char *file_name, char *out);

int main(void)
{
    struct { const char *in; const char *want; } cases[] = {
        {"example.txt", "Yes"},
        {"1example.dll", "No"},
        {"s1sdf3.asd", "No"},
        {"K.dll", "Yes"},
        {"MY16FILE3.exe", "Yes"},
        {"His12FILE94.exe", "No"},
        {"_Y.txt", "No"},
        {"?aREYA.exe", "No"},
        {"/this_is_valid.dll", "No"},
        {"this_is_valid.wow", "No"},
        {"this_is_valid.txt", "Yes"},
        {"this_is_valid.txtexe", "No"},
        {"#this2_i4s_5valid.ten", "No"},
        {"@this1_is6_valid.exe", "No"},
        {"this_is_12valid.6exe4.txt", "No"},
        {"all.exe.txt", "No"},
        {"I563_No.exe", "Yes"},
        {"Is3youfault.txt", "Yes"},
        {"no_one#knows.dll", "Yes"},
        {"1I563_Yes3.exe", "No"},
        {"I563_Yes3.txtt", "No"},
        {"final..txt", "No"},
        {"final132", "No"},
        {"_f4indsartal132.", "No"},
        {".txt", "No"},
        {"s.", "No"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        char buf[8];
        memset(buf, 'x', sizeof buf);
        file_name_check(cases[k].in, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/141: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
