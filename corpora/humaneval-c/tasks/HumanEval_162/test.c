/* HumanEval/162 test driver */
#include <stdio.h>
#include <string.h>

int string_to_md5(const char *text, char *out);

int main(void)
{
    /* want == NULL means the expected result is None */
    struct { const char *in; const char *want; } cases[] = {
        {"Hello world", "3e25960a79dbc69b674cd4ec67a72c62"},
        {"", NULL},
        {"A B C", "0ef78513b0cb8cef12743f5aeb35f888"},
        {"password", "5f4dcc3b5aa765d61d8327deb882cf99"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        char buf[40];
        int ok;
        memset(buf, 'x', sizeof buf);
        int has = string_to_md5(cases[k].in, buf);
        if (cases[k].want == NULL)
            ok = has == 0;
        else
            ok = has == 1 && strcmp(buf, cases[k].want) == 0;
        if (!ok) {
            fprintf(stderr, "HumanEval/162: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
