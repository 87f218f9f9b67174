/* qsort and bsearch with comparator callbacks over ints and structs keyed by fields. */
#include "proto.h"

volatile unsigned seed = 12345;

struct person {
    char name[12];
    int age;
    long score;
};

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_int_desc(const void *a, const void *b) {
    return cmp_int(b, a);
}

static int cmp_age_name(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age)
        return p->age < q->age ? -1 : 1;
    return strcmp(p->name, q->name);
}

static int cmp_score(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    return (p->score > q->score) - (p->score < q->score);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static unsigned lcg(unsigned *st) {
    *st = *st * 1103515245u + 12345u;
    return (*st >> 16) & 0x7fff;
}

int main(void) {
    unsigned st = seed;
    int nums[40];
    for (int i = 0; i < 40; i++)
        nums[i] = (int)(lcg(&st) % 1000) - 500;
    qsort(nums, 40, sizeof nums[0], cmp_int);
    for (int i = 0; i < 40; i++)
        printf("%d%c", nums[i], i % 10 == 9 ? '\n' : ' ');
    for (int i = 0; i < 40; i += 6) {
        int probes[2] = { nums[i], nums[i] + 1 };
        for (int k = 0; k < 2; k++) {
            int *hit = bsearch(&probes[k], nums, 40, sizeof nums[0], cmp_int);
            printf("bsearch %d: %s\n", probes[k], hit ? "found" : "absent");
        }
    }
    int key = nums[17];
    int *hit = bsearch(&key, nums, 40, sizeof nums[0], cmp_int);
    printf("key %d found=%d\n", key, hit != NULL && *hit == key);

    qsort(nums, 40, sizeof nums[0], cmp_int_desc);
    printf("desc first/last: %d %d\n", nums[0], nums[39]);

    struct person people[] = {
        { "alice", 31, 880 }, { "bob", 25, 720 }, { "carol", 31, 915 }, { "dave", 19, 640 },
        { "erin", 25, 990 }, { "frank", 44, 505 }, { "grace", 19, 870 }, { "heidi", 31, 600 },
    };
    size_t np = sizeof people / sizeof people[0];
    qsort(people, np, sizeof people[0], cmp_age_name);
    for (size_t i = 0; i < np; i++)
        printf("%-6s %d %ld\n", people[i].name, people[i].age, people[i].score);
    qsort(people, np, sizeof people[0], cmp_score);
    printf("by score:");
    for (size_t i = 0; i < np; i++)
        printf(" %s", people[i].name);
    printf("\n");
    struct person probe = { "", 0, 870 };
    struct person *pp = bsearch(&probe, people, np, sizeof people[0], cmp_score);
    printf("score 870 -> %s\n", pp ? pp->name : "(none)");

    const char *words[] = { "pear", "apple", "fig", "banana", "cherry", "kiwi", "date" };
    size_t nw = sizeof words / sizeof words[0];
    qsort(words, nw, sizeof words[0], cmp_str);
    for (size_t i = 0; i < nw; i++)
        printf("%s%s", words[i], i + 1 < nw ? "," : "\n");
    const char *want = "fig";
    const char **w = bsearch(&want, words, nw, sizeof words[0], cmp_str);
    printf("fig at index %ld\n", w ? (long)(w - words) : -1L);
    return 0;
}
