/* HumanEval/11: string_xor -- XOR two strings of '0'/'1' digits position by position. */

/* a, b: NUL-terminated strings of '0' and '1'.  out: caller buffer with room
   for the shorter length plus the NUL.  Writes one digit per position present
   in both inputs.  Returns the number of digits written. */
int string_xor(const char *a, const char *b, char *out)
{
    int i = 0;
    for (; a[i] && b[i]; i++)
        out[i] = (a[i] == b[i]) ? '0' : '1';
    out[i] = '\0';
    return i;
}
