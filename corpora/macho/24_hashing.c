/* Hash functions with unsigned wraparound: FNV-1a 32/64, djb2, murmur-style finalizer, CRC32 bitwise, open-addressing table. */
#include "proto.h"

volatile uint32_t vmix = 0x9e3779b9u;

__attribute__((noinline)) uint32_t fnv1a32(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

__attribute__((noinline)) uint64_t fnv1a64(const char *s) {
    uint64_t h = 14695981039346656037ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

__attribute__((noinline)) unsigned long djb2(const char *s) {
    unsigned long h = 5381;
    for (; *s; s++)
        h = ((h << 5) + h) + (unsigned char)*s;
    return h;
}

__attribute__((noinline)) uint32_t djb2_32(const char *s) {
    uint32_t h = 5381;
    for (; *s; s++)
        h = h * 33 ^ (unsigned char)*s;
    return h;
}

__attribute__((noinline)) uint64_t fmix64(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

__attribute__((noinline)) uint32_t crc32(const unsigned char *p, size_t n) {
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int b = 0; b < 8; b++)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

#define TABLE 64
static const char *table[TABLE];

__attribute__((noinline)) int insert(const char *key) {
    uint32_t h = fnv1a32(key) & (TABLE - 1);
    int probes = 0;
    while (table[h] && strcmp(table[h], key) != 0) {
        h = (h + 1) & (TABLE - 1);
        probes++;
    }
    table[h] = key;
    return probes;
}

int main(void) {
    const char *words[] = { "", "a", "foobar", "hello world", "The quick brown fox jumps over the lazy dog",
                            "translator", "x86-64", "riscv64", "aarch64", "\xff\xfe\x80 high bytes" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        printf("word%-2zu len=%-3zu fnv32=%08x fnv64=%016llx djb2=%016lx djb2x=%08x\n", i, strlen(words[i]),
               fnv1a32(words[i]), (unsigned long long)fnv1a64(words[i]), djb2(words[i]), djb2_32(words[i]));

    printf("crc32(\"123456789\") = %08x\n", crc32((const unsigned char *)"123456789", 9));
    const char *fox = words[4];
    printf("crc32(fox) = %08x\n", crc32((const unsigned char *)fox, strlen(fox)));

    uint64_t k = vmix;
    for (int i = 0; i < 5; i++) {
        k = fmix64(k + (uint64_t)i);
        printf("fmix64 -> %016llx\n", (unsigned long long)k);
    }

    static const char *keys[] = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
                                  "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi",
                                  "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega" };
    int total_probes = 0;
    for (int i = 0; i < 24; i++)
        total_probes += insert(keys[i]);
    total_probes += insert("alpha");
    int used = 0;
    for (int i = 0; i < TABLE; i++)
        used += table[i] != NULL;
    printf("table used=%d probes=%d\n", used, total_probes);

    uint32_t buckets[8] = { 0 };
    char buf[16];
    for (int i = 0; i < 4000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        buckets[fnv1a32(buf) >> 29]++;
    }
    for (int i = 0; i < 8; i++)
        printf("%u ", buckets[i]);
    printf("\n");
    return 0;
}
