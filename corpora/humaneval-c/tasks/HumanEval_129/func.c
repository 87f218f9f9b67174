/* HumanEval/129: minPath -- find the lexicographically smallest sequence of k cell values along a walk between edge-adjacent cells of an N x N grid. */

/* grid: N*N values in row-major order, a permutation of 1..N*N (N >= 2).
   k: path length (number of visited cells).
   out: caller buffer of k ints receiving the values along the minimal path.
   The best walk starts on the cell holding 1 and then bounces between it and
   its smallest neighbour.  Returns k. */
int minPath(const int *grid, int n, int k, int *out)
{
    int best = n * n + 1;

    for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
            if (grid[r * n + c] != 1)
                continue;
            if (r > 0 && grid[(r - 1) * n + c] < best)
                best = grid[(r - 1) * n + c];
            if (r < n - 1 && grid[(r + 1) * n + c] < best)
                best = grid[(r + 1) * n + c];
            if (c > 0 && grid[r * n + c - 1] < best)
                best = grid[r * n + c - 1];
            if (c < n - 1 && grid[r * n + c + 1] < best)
                best = grid[r * n + c + 1];
        }
    }
    for (int i = 0; i < k; i++)
        out[i] = (i % 2 == 0) ? 1 : best;
    return k;
}
