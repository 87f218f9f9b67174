/* HumanEval/152: compare -- report for each match how far the guessed score was from the real one. */

/* game, guess: two score lists of length n.
   out: caller buffer of n ints receiving |game[i] - guess[i]|.
   Returns n. */
int compare(const int *game, const int *guess, int n, int *out)
{
    for (int i = 0; i < n; i++) {
        int d = game[i] - guess[i];
        out[i] = d < 0 ? -d : d;
    }
    return n;
}
