/* HumanEval/115: max_fill -- count the bucket lowerings needed to empty every well of a grid. */

/*
 * max_fill(grid, rows, cols, capacity): grid is a rows x cols matrix of 0/1
 * values stored row-major (grid[r * cols + c]); each row is one well and each
 * 1 is a unit of water. capacity >= 1 is the bucket size.
 * Returns the total number of bucket lowerings: the sum over rows of
 * ceil(units in row / capacity).
 */
int max_fill(const int *grid, int rows, int cols, int capacity)
{
    int total = 0;
    for (int r = 0; r < rows; r++) {
        int water = 0;
        for (int c = 0; c < cols; c++)
            water += grid[r * cols + c];
        total += (water + capacity - 1) / capacity;
    }
    return total;
}
