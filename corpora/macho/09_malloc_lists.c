/* Heap use: malloc/realloc/free for a growing dynamic array and a singly linked list (insert, reverse, delete). */
#include "proto.h"

volatile int count = 1000;

struct vec {
    long *data;
    size_t len, cap;
};

__attribute__((noinline)) int vec_push(struct vec *v, long x) {
    if (v->len == v->cap) {
        size_t ncap = v->cap ? v->cap * 2 : 4;
        long *nd = realloc(v->data, ncap * sizeof *nd);
        if (!nd)
            return -1;
        v->data = nd;
        v->cap = ncap;
    }
    v->data[v->len++] = x;
    return 0;
}

struct node {
    int value;
    struct node *next;
};

__attribute__((noinline)) struct node *push_front(struct node *head, int value) {
    struct node *n = malloc(sizeof *n);
    if (!n)
        exit(2);
    n->value = value;
    n->next = head;
    return n;
}

__attribute__((noinline)) struct node *reverse(struct node *head) {
    struct node *prev = NULL;
    while (head) {
        struct node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

__attribute__((noinline)) struct node *remove_if_multiple(struct node *head, int k, int *removed) {
    struct node **pp = &head;
    while (*pp) {
        if ((*pp)->value % k == 0) {
            struct node *dead = *pp;
            *pp = dead->next;
            free(dead);
            (*removed)++;
        } else {
            pp = &(*pp)->next;
        }
    }
    return head;
}

static void print_list(const char *label, const struct node *n, int maxn) {
    printf("%s:", label);
    for (int i = 0; n && i < maxn; n = n->next, i++)
        printf(" %d", n->value);
    printf("\n");
}

int main(void) {
    struct vec v = { NULL, 0, 0 };
    size_t grow_events = 0, last_cap = 0;
    for (int i = 0; i < count; i++) {
        if (vec_push(&v, (long)i * i - 3 * i) != 0)
            return 3;
        if (v.cap != last_cap) {
            grow_events++;
            last_cap = v.cap;
        }
    }
    long sum = 0;
    for (size_t i = 0; i < v.len; i++)
        sum += v.data[i];
    printf("vec len=%zu cap=%zu grows=%zu sum=%ld last=%ld\n", v.len, v.cap, grow_events, sum, v.data[v.len - 1]);
    long *shrunk = realloc(v.data, 10 * sizeof(long));
    if (!shrunk)
        return 3;
    v.data = shrunk;
    printf("after shrink: %ld %ld %ld\n", v.data[0], v.data[5], v.data[9]);
    free(v.data);

    struct node *head = NULL;
    for (int i = 1; i <= 30; i++)
        head = push_front(head, i * 7 % 31);
    print_list("list", head, 30);
    head = reverse(head);
    print_list("reversed", head, 30);
    int removed = 0;
    head = remove_if_multiple(head, 3, &removed);
    print_list("no multiples of 3", head, 30);
    printf("removed %d\n", removed);

    int len = 0;
    long total = 0;
    while (head) {
        struct node *next = head->next;
        total += head->value;
        len++;
        free(head);
        head = next;
    }
    printf("freed %d nodes, total %ld\n", len, total);

    char **strs = calloc(5, sizeof *strs);
    if (!strs)
        return 3;
    for (int i = 0; i < 5; i++) {
        strs[i] = malloc((size_t)i + 2);
        if (!strs[i])
            return 3;
        for (int j = 0; j <= i; j++)
            strs[i][j] = (char)('a' + i + j);
        strs[i][i + 1] = '\0';
    }
    for (int i = 0; i < 5; i++) {
        printf("%s ", strs[i]);
        free(strs[i]);
    }
    printf("\n");
    free(strs);
    return 0;
}
