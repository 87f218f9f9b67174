/* Deep and branching recursion: ackermann, towers of hanoi, mutual recursion, callee-saved registers across calls. */
#include "proto.h"

volatile int seed_m = 2;
volatile int seed_n = 3;
volatile int hanoi_disks = 10;

static long hanoi_moves;
static int first_moves[8][2];

__attribute__((noinline)) unsigned long ackermann(unsigned long m, unsigned long n) {
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

__attribute__((noinline)) void hanoi(int n, int from, int to, int via) {
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    if (hanoi_moves < 8) {
        first_moves[hanoi_moves][0] = from;
        first_moves[hanoi_moves][1] = to;
    }
    hanoi_moves++;
    hanoi(n - 1, via, to, from);
}

__attribute__((noinline)) int is_odd(unsigned n);

__attribute__((noinline)) int is_even(unsigned n) {
    return n == 0 ? 1 : is_odd(n - 1);
}

__attribute__((noinline)) int is_odd(unsigned n) {
    return n == 0 ? 0 : is_even(n - 1);
}

/* Keeps several values live across two recursive calls. */
__attribute__((noinline)) long tree_sum(int depth, long a, long b, long c) {
    if (depth == 0)
        return a * 3 + b * 5 + c * 7;
    long left = tree_sum(depth - 1, b, c, a + 1);
    long right = tree_sum(depth - 1, c, a, b + 2);
    return left - right + a + b + c + depth;
}

__attribute__((noinline)) int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
}

int main(void) {
    for (unsigned long m = 0; m <= (unsigned long)seed_m + 1; m++)
        for (unsigned long n = 0; n <= (unsigned long)seed_n; n++)
            printf("ack(%lu,%lu) = %lu\n", m, n, ackermann(m, n));

    hanoi(hanoi_disks, 1, 3, 2);
    printf("hanoi(%d) moves = %ld\n", hanoi_disks, hanoi_moves);
    for (int i = 0; i < 8; i++)
        printf("  move %d: %d -> %d\n", i + 1, first_moves[i][0], first_moves[i][1]);

    for (unsigned i = 0; i < 6; i++)
        printf("is_even(%u)=%d is_odd(%u)=%d\n", i * 7, is_even(i * 7), i * 7, is_odd(i * 7));

    for (int d = 0; d <= 10; d += 2)
        printf("tree_sum(%d) = %ld\n", d, tree_sum(d, seed_m, seed_n, 11));

    printf("gcd(1071, 462) = %d\n", gcd(1071, 462));
    printf("gcd(832040, 514229) = %d\n", gcd(832040, 514229));
    return 0;
}
