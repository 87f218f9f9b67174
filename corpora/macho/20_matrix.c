/* 2D arrays: int and double matrix multiplication, transpose, row/column indexing, passing 2D arrays to functions. */
#include "proto.h"

#define N 12

volatile int vseed = 7;

static int ia[N][N], ib[N][N], ic[N][N];
static double da[N][N], db[N][N], dc[N][N];

__attribute__((noinline)) void imatmul(int c[N][N], int a[N][N], int b[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int s = 0;
            for (int k = 0; k < N; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

__attribute__((noinline)) void dmatmul(double c[N][N], double a[N][N], double b[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            c[i][j] = 0;
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            double aik = a[i][k];
            for (int j = 0; j < N; j++)
                c[i][j] += aik * b[k][j];
        }
}

__attribute__((noinline)) void transpose(int m[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++) {
            int t = m[i][j];
            m[i][j] = m[j][i];
            m[j][i] = t;
        }
}

__attribute__((noinline)) long trace_and_sum(const int m[N][N], long *sum) {
    long tr = 0;
    *sum = 0;
    for (int i = 0; i < N; i++) {
        tr += m[i][i];
        for (int j = 0; j < N; j++)
            *sum += m[i][j];
    }
    return tr;
}

/* Small fixed-size determinant by cofactor expansion (3x3 local array). */
__attribute__((noinline)) long det3(const int m[3][3]) {
    return (long)m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
           (long)m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
           (long)m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}

int main(void) {
    int s = vseed;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            ia[i][j] = (i * s + j * 3) % 11 - 5;
            ib[i][j] = (i + 2 * j + s) % 7 - 3;
            da[i][j] = ((i * 5 + j) % 9) * 0.5 - 2.0;
            db[i][j] = ((i + j * s) % 13) * 0.25;
        }
    imatmul(ic, ia, ib);
    for (int i = 0; i < N; i += 3) {
        for (int j = 0; j < N; j++)
            printf("%5d", ic[i][j]);
        printf("\n");
    }
    long sum;
    long tr = trace_and_sum((const int (*)[N])ic, &sum);
    printf("trace=%ld sum=%ld\n", tr, sum);
    transpose(ic);
    printf("after transpose ic[1][4]=%d ic[4][1]=%d\n", ic[1][4], ic[4][1]);

    dmatmul(dc, da, db);
    double dsum = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            dsum += dc[i][j] * (i == j ? 2 : 1);
    printf("dc[0][0]=%.4f dc[5][7]=%.4f dc[11][11]=%.4f weighted sum=%.4f\n", dc[0][0], dc[5][7], dc[11][11], dsum);

    /* Identity check: A * I == A. */
    static double eye[N][N], out[N][N];
    for (int i = 0; i < N; i++)
        eye[i][i] = 1.0;
    dmatmul(out, da, eye);
    int same = 1;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            same &= out[i][j] == da[i][j];
    printf("A*I==A: %d\n", same);

    int m3[3][3] = { { s, 2, 3 }, { 4, 5, 6 }, { 7, 8, 10 } };
    printf("det3 = %ld\n", det3((const int (*)[3])m3));
    int local[4][5];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 5; j++)
            local[i][j] = i * 10 + j;
    int *flat = &local[0][0];
    printf("flat[13]=%d local[2][3]=%d rowptr diff=%ld\n", flat[13], local[2][3], (long)(local[3] - local[1]));
    return 0;
}
