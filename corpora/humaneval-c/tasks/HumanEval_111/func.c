/* HumanEval/111: histogram -- find the most frequent letter(s) in a space-separated list of lowercase letters, with their count. */

/*
 * histogram(test, letters, count): test is a NUL-terminated string of
 * lowercase letters separated by spaces; characters other than 'a'..'z' are ignored.
 * Writes into letters, in alphabetical order and NUL-terminated, every letter
 * that occurs the maximal number of times, stores that number in *count, and
 * returns how many letters were written. For input without letters (the
 * Python result {}), letters becomes "", *count becomes 0 and 0 is returned.
 * The Python dict {letter: count} is thus represented by (letters, *count).
 * letters must hold at least 27 bytes.
 */
int histogram(const char *test, char *letters, int *count)
{
    int freq[26] = {0};
    for (int i = 0; test[i] != '\0'; i++) {
        char c = test[i];
        if (c >= 'a' && c <= 'z')
            freq[c - 'a']++;
    }
    int best = 0;
    for (int l = 0; l < 26; l++) {
        if (freq[l] > best)
            best = freq[l];
    }
    int len = 0;
    if (best > 0) {
        for (int l = 0; l < 26; l++) {
            if (freq[l] == best)
                letters[len++] = (char)('a' + l);
        }
    }
    letters[len] = '\0';
    *count = best;
    return len;
}
