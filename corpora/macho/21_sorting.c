/* Hand-written sorting: insertion sort, recursive merge sort with temp buffer, quicksort, checked against each other. */
#include "proto.h"

#define LEN 500

volatile unsigned seed = 2024;

static unsigned rng_state;
static int next_rand(void) {
    rng_state = rng_state * 1664525u + 1013904223u;
    return (int)(rng_state >> 8) % 20001 - 10000;
}

__attribute__((noinline)) void insertion_sort(int *a, int n) {
    for (int i = 1; i < n; i++) {
        int key = a[i], j = i - 1;
        while (j >= 0 && a[j] > key) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = key;
    }
}

__attribute__((noinline)) void merge_sort_rec(int *a, int *tmp, int lo, int hi) {
    if (hi - lo < 2)
        return;
    int mid = lo + (hi - lo) / 2;
    merge_sort_rec(a, tmp, lo, mid);
    merge_sort_rec(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi)
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < mid)
        tmp[k++] = a[i++];
    while (j < hi)
        tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}

__attribute__((noinline)) int merge_sort(int *a, int n) {
    int *tmp = malloc((size_t)n * sizeof *tmp);
    if (!tmp)
        return -1;
    merge_sort_rec(a, tmp, 0, n);
    free(tmp);
    return 0;
}

__attribute__((noinline)) void quick_sort(int *a, int lo, int hi) {
    while (lo < hi) {
        int pivot = a[lo + (hi - lo) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                int t = a[i]; a[i] = a[j]; a[j] = t;
                i++; j--;
            }
        }
        if (j - lo < hi - i) {
            quick_sort(a, lo, j);
            lo = i;
        } else {
            quick_sort(a, i, hi);
            hi = j;
        }
    }
}

__attribute__((noinline)) void selection_sort_desc(short *a, int n) {
    for (int i = 0; i < n - 1; i++) {
        int best = i;
        for (int j = i + 1; j < n; j++)
            if (a[j] > a[best])
                best = j;
        short t = a[i]; a[i] = a[best]; a[best] = t;
    }
}

static int is_sorted(const int *a, int n) {
    for (int i = 1; i < n; i++)
        if (a[i - 1] > a[i])
            return 0;
    return 1;
}

static int a1[LEN], a2[LEN], a3[LEN];

int main(void) {
    rng_state = seed;
    for (int i = 0; i < LEN; i++)
        a1[i] = a2[i] = a3[i] = next_rand();
    insertion_sort(a1, LEN);
    if (merge_sort(a2, LEN) != 0)
        return 2;
    quick_sort(a3, 0, LEN - 1);
    printf("sorted: %d %d %d\n", is_sorted(a1, LEN), is_sorted(a2, LEN), is_sorted(a3, LEN));
    printf("agree: %d %d\n", memcmp(a1, a2, sizeof a1) == 0, memcmp(a1, a3, sizeof a1) == 0);
    for (int i = 0; i < LEN; i += 50)
        printf("%d ", a1[i]);
    printf("\nmin=%d max=%d median=%d\n", a1[0], a1[LEN - 1], a1[LEN / 2]);

    long checksum = 0;
    for (int i = 0; i < LEN; i++)
        checksum = checksum * 31 % 1000000007 + a2[i] + 10000;
    printf("checksum=%ld\n", checksum);

    short sh[20];
    for (int i = 0; i < 20; i++)
        sh[i] = (short)(next_rand() / 3);
    selection_sort_desc(sh, 20);
    for (int i = 0; i < 20; i++)
        printf("%d ", sh[i]);
    printf("\n");

    int edge[] = { 5, 5, 5, 1, 1, 9, 9, 0 };
    quick_sort(edge, 0, 7);
    insertion_sort(edge, 0);
    merge_sort(edge, 1);
    for (int i = 0; i < 8; i++)
        printf("%d", edge[i]);
    printf("\n");
    return 0;
}
