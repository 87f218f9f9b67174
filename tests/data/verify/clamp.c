/* out[i] = max(a[i], lim); returns how many a[i] exceed lim */
int clamp_count(const int *a, int n, int lim, int *out)
{
    int c = 0;
    for (int i = 0; i < n; i++) {
        if (a[i] > lim) {
            out[i] = a[i];
            c++;
        } else {
            out[i] = lim;
        }
    }
    return c;
}
