/* Function pointers: operation tables, callbacks, returned function pointers, pointers stored in structs. */
#include "proto.h"

volatile int vsel = 3;

typedef long (*binop)(long, long);
typedef double (*unop)(double);

__attribute__((noinline)) long add(long a, long b) { return a + b; }
__attribute__((noinline)) long sub(long a, long b) { return a - b; }
__attribute__((noinline)) long mul(long a, long b) { return a * b; }
__attribute__((noinline)) long maxl(long a, long b) { return a > b ? a : b; }
__attribute__((noinline)) long gcdl(long a, long b) { while (b) { long t = a % b; a = b; b = t; } return a; }

static const binop ops[] = { add, sub, mul, maxl, gcdl };
static const char *const op_names[] = { "add", "sub", "mul", "max", "gcd" };

__attribute__((noinline)) double twice(double x) { return 2 * x; }
__attribute__((noinline)) double square(double x) { return x * x; }
__attribute__((noinline)) double negate(double x) { return -x; }

__attribute__((noinline)) binop choose(int k) {
    return ops[k % 5];
}

__attribute__((noinline)) long fold(const long *v, int n, long init, binop f) {
    long acc = init;
    for (int i = 0; i < n; i++)
        acc = f(acc, v[i]);
    return acc;
}

__attribute__((noinline)) double apply_n(unop f, double x, int n) {
    for (int i = 0; i < n; i++)
        x = f(x);
    return x;
}

__attribute__((noinline)) void for_each(int *v, int n, void (*cb)(int *, void *), void *ctx) {
    for (int i = 0; i < n; i++)
        cb(&v[i], ctx);
}

static void add_ctx(int *x, void *ctx) { *x += *(int *)ctx; }
static void count_even(int *x, void *ctx) { *(int *)ctx += (*x % 2 == 0); }

struct shape {
    const char *name;
    double (*area)(const struct shape *);
    double a, b;
};

static double rect_area(const struct shape *s) { return s->a * s->b; }
static double tri_area(const struct shape *s) { return 0.5 * s->a * s->b; }
static double circle_area(const struct shape *s) { return 3.25 * s->a * s->a; }

int main(void) {
    long vals[] = { 12, 18, 30, 42, 6, 54 };
    for (int k = 0; k < 5; k++)
        printf("%s fold = %ld, direct(%d,7) = %ld\n", op_names[k], fold(vals, 6, k == 2 ? 1 : 0, ops[k]), vsel,
               ops[k](vsel, 7));
    binop chosen = choose(vsel);
    printf("chosen(%d) = %ld\n", vsel, chosen(100, 250));
    printf("same pointer: %d\n", chosen == maxl);

    unop chain[] = { twice, square, negate, twice };
    double x = vsel;
    for (int i = 0; i < 4; i++)
        x = chain[i](x);
    printf("chain = %.2f\n", x);
    printf("apply_n(twice, 1, 10) = %.1f, apply_n(square, 1.5, 3) = %.4f\n", apply_n(twice, 1.0, 10),
           apply_n(square, 1.5, 3));

    int arr[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    int delta = vsel;
    for_each(arr, 8, add_ctx, &delta);
    int evens = 0;
    for_each(arr, 8, count_even, &evens);
    printf("arr:");
    for (int i = 0; i < 8; i++)
        printf(" %d", arr[i]);
    printf(" evens=%d\n", evens);

    struct shape shapes[] = {
        { "rect", rect_area, 3, 4 }, { "tri", tri_area, 6, 5 }, { "circle", circle_area, 2, 0 },
    };
    double total = 0;
    for (int i = 0; i < 3; i++) {
        double a = shapes[i].area(&shapes[i]);
        printf("%s area %.3f\n", shapes[i].name, a);
        total += a;
    }
    printf("total area %.3f\n", total);

    long (*(*getter)(int))(long, long) = choose;
    printf("via getter: %ld\n", getter(vsel + 1)(84, 36));
    return 0;
}
