/* Sieve of Eratosthenes over a 100000-byte static .bss array; prime counting, twin primes, gaps, sums. */
#include "proto.h"

#define LIMIT 100000

static unsigned char composite[LIMIT];
static int primes[10000];
volatile int vlimit = LIMIT;

__attribute__((noinline)) int sieve(int n) {
    memset(composite, 0, sizeof composite);
    composite[0] = composite[1] = 1;
    for (int i = 2; (long)i * i < n; i++)
        if (!composite[i])
            for (int j = i * i; j < n; j += i)
                composite[j] = 1;
    int count = 0;
    for (int i = 2; i < n; i++)
        if (!composite[i])
            primes[count++] = i;
    return count;
}

__attribute__((noinline)) int is_prime_trial(int n) {
    if (n < 2)
        return 0;
    for (int d = 2; d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

int main(void) {
    int n = vlimit;
    int count = sieve(n);
    printf("primes below %d: %d\n", n, count);
    printf("first: ");
    for (int i = 0; i < 15; i++)
        printf("%d ", primes[i]);
    printf("\nlast: ");
    for (int i = count - 5; i < count; i++)
        printf("%d ", primes[i]);
    printf("\n");

    int twins = 0, max_gap = 0, gap_at = 0;
    long long sum = 0;
    for (int i = 0; i < count; i++) {
        sum += primes[i];
        if (i > 0) {
            int gap = primes[i] - primes[i - 1];
            if (gap == 2)
                twins++;
            if (gap > max_gap) {
                max_gap = gap;
                gap_at = primes[i - 1];
            }
        }
    }
    printf("twin pairs: %d\nmax gap: %d after %d\nsum: %lld\n", twins, max_gap, gap_at, sum);

    int checked = 0, agree = 0;
    for (int k = 1; k < n; k += 997) {
        checked++;
        agree += is_prime_trial(k) == !composite[k];
    }
    printf("trial division agrees on %d/%d\n", agree, checked);

    int decades[10] = { 0 };
    for (int i = 0; i < count; i++)
        decades[primes[i] / 10000]++;
    for (int d = 0; d < 10; d++)
        printf("[%d0k,%d0k): %d\n", d, d + 1, decades[d]);

    int goldbach_fail = 0;
    for (int e = 4; e <= 2000; e += 2) {
        int found = 0;
        for (int i = 0; primes[i] <= e / 2; i++)
            if (!composite[e - primes[i]]) {
                found = 1;
                break;
            }
        goldbach_fail += !found;
    }
    printf("goldbach failures up to 2000: %d\n", goldbach_fail);
    return 0;
}
