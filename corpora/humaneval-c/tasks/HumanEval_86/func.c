/* HumanEval/86: anti_shuffle -- sort the characters of every space-separated word by byte value, keeping the spaces in place. */

/*
 * anti_shuffle(s, out): s is a NUL-terminated string.
 * Writes into out a copy of s in which the characters of each maximal run of
 * non-space characters (words are separated by ' ') are sorted in ascending
 * byte order. out must hold at least strlen(s) + 1 bytes.
 */
void anti_shuffle(const char *s, char *out)
{
    int len = 0;
    while (s[len] != '\0') {
        out[len] = s[len];
        len++;
    }
    out[len] = '\0';

    int start = 0;
    while (start < len) {
        if (out[start] == ' ') {
            start++;
            continue;
        }
        int end = start;
        while (end < len && out[end] != ' ')
            end++;
        /* insertion sort of out[start..end) by unsigned byte value */
        for (int i = start + 1; i < end; i++) {
            unsigned char c = (unsigned char)out[i];
            int j = i;
            while (j > start && (unsigned char)out[j - 1] > c) {
                out[j] = out[j - 1];
                j--;
            }
            out[j] = (char)c;
        }
        start = end;
    }
}
