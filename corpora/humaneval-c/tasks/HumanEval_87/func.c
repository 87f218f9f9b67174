/* HumanEval/87: get_row -- list the (row, column) coordinates of every occurrence of x in a ragged 2-D list, rows ascending and columns descending. */

/*
 * get_row(rows, lens, nrows, x, out):
 *   rows[i] points to row i, which has lens[i] integers (rows[i] may be NULL
 *   when lens[i] == 0); there are nrows rows.
 * Writes the coordinates of every element equal to x into out as flattened
 * pairs out[2*k] = row, out[2*k+1] = column, ordered by row ascending and,
 * within a row, by column descending.
 * Returns the number of pairs written; out must hold 2 * (total elements) ints.
 */
int get_row(const int *const *rows, const int *lens, int nrows, int x, int *out)
{
    int count = 0;
    for (int r = 0; r < nrows; r++) {
        for (int c = lens[r] - 1; c >= 0; c--) {
            if (rows[r][c] == x) {
                out[2 * count] = r;
                out[2 * count + 1] = c;
                count++;
            }
        }
    }
    return count;
}
