/* HumanEval/158: find_max -- pick the word with the most distinct characters, breaking ties by lexicographic order. */

static int distinct_chars(const char *s)
{
    unsigned char seen[256];
    int count = 0;

    for (int i = 0; i < 256; i++)
        seen[i] = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (!seen[c]) {
            seen[c] = 1;
            count++;
        }
    }
    return count;
}

/* Byte-wise string comparison: <0, 0 or >0. */
static int compare_str(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

/* words, n: the words (n >= 1).
   Returns a pointer to the chosen element of words (not a copy). */
const char *find_max(const char *const *words, int n)
{
    const char *best = words[0];
    int best_count = distinct_chars(best);

    for (int i = 1; i < n; i++) {
        int cnt = distinct_chars(words[i]);
        if (cnt > best_count || (cnt == best_count && compare_str(words[i], best) < 0)) {
            best = words[i];
            best_count = cnt;
        }
    }
    return best;
}
