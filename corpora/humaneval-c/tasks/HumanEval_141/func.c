/* HumanEval/141: file_name_check -- validate a file name: one dot, a letter-initial stem with at most three digits, and a txt/exe/dll extension. */

static void put_str(char *out, const char *s)
{
    while ((*out++ = *s++) != '\0')
        ;
}

static int is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int same_str(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/* file_name: NUL-terminated name.
   out: caller buffer of at least 4 bytes; receives "Yes" if the name is
   valid and "No" otherwise.  Valid means: exactly one '.', a non-empty part
   before it that starts with an ASCII letter, at most three digits in the
   whole name, and "txt", "exe" or "dll" after the dot. */
void file_name_check(const char *file_name, char *out)
{
    const char *dot = 0;
    int digits = 0;
    int ok;

    for (const char *p = file_name; *p; p++) {
        if (*p == '.') {
            if (dot) {
                put_str(out, "No");
                return;
            }
            dot = p;
        } else if (*p >= '0' && *p <= '9') {
            digits++;
        }
    }

    ok = dot != 0 && dot != file_name && is_letter(file_name[0]) && digits <= 3 &&
         (same_str(dot + 1, "txt") || same_str(dot + 1, "exe") || same_str(dot + 1, "dll"));
    put_str(out, ok ? "Yes" : "No");
}
