/* HumanEval/161: solve -- swap the case of every letter, or reverse the whole string if it contains no letters. */

/* s: NUL-terminated input.
   out: caller buffer of at least strlen(s) + 1 bytes; receives s with the
   case of each ASCII letter flipped, or s reversed if it has no letters. */
void solve(const char *s, char *out)
{
    int len = 0;
    int letters = 0;

    for (; s[len]; len++) {
        char c = s[len];
        if (c >= 'a' && c <= 'z') {
            out[len] = (char)(c - 'a' + 'A');
            letters = 1;
        } else if (c >= 'A' && c <= 'Z') {
            out[len] = (char)(c - 'A' + 'a');
            letters = 1;
        } else {
            out[len] = c;
        }
    }
    out[len] = '\0';
    if (!letters) {
        for (int i = 0, j = len - 1; i < j; i++, j--) {
            char t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
    }
}
