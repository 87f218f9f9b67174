/* Struct bitfields: signed/unsigned fields of odd widths, read-modify-write, packing across words, bool fields. */
#include "proto.h"

volatile int vseed = 9;

struct flags {
    unsigned ready : 1;
    unsigned mode : 3;
    signed level : 5;
    unsigned count : 12;
    _Bool urgent : 1;
    unsigned tail : 10;
};

struct packet {
    unsigned long long version : 4;
    unsigned long long type : 6;
    unsigned long long length : 22;
    long long offset : 20;
    unsigned long long checksum : 12;
};

struct rgb565 {
    unsigned short b : 5;
    unsigned short g : 6;
    unsigned short r : 5;
};

__attribute__((noinline)) void bump(struct flags *f) {
    f->count++;
    f->level--;
    f->mode = (f->mode + 3) & 7;
    f->ready = !f->ready;
    f->tail += 100;
}

__attribute__((noinline)) unsigned encode(struct packet p) {
    return (unsigned)(p.version * 1000000 + p.type * 10000 + p.length % 10000) ^ (unsigned)(p.offset & 0xfff);
}

__attribute__((noinline)) struct rgb565 blend(struct rgb565 a, struct rgb565 b) {
    struct rgb565 r;
    r.r = (unsigned short)((a.r + b.r) / 2);
    r.g = (unsigned short)((a.g + b.g) / 2);
    r.b = (unsigned short)((a.b + b.b) / 2);
    return r;
}

int main(void) {
    struct flags f;
    memset(&f, 0, sizeof f);
    f.level = 3;
    f.count = 4090;
    f.tail = 900;
    for (int i = 0; i < vseed; i++) {
        bump(&f);
        printf("ready=%u mode=%u level=%d count=%u urgent=%d tail=%u\n", f.ready, f.mode, f.level, f.count,
               f.urgent, f.tail);
        f.urgent = f.count % 2;
    }
    printf("sizeof flags=%zu packet=%zu rgb565=%zu\n", sizeof(struct flags), sizeof(struct packet),
           sizeof(struct rgb565));

    struct packet p = { 0 };
    p.version = 5;
    p.type = 63;
    p.length = 4000000;
    p.offset = -300000;
    p.checksum = 0xabc;
    printf("packet: v=%u t=%u len=%u off=%lld ck=%x enc=%u\n", (unsigned)p.version, (unsigned)p.type,
           (unsigned)p.length, (long long)p.offset, (unsigned)p.checksum, encode(p));
    p.offset += 524287 + 300000 - 1;
    p.length = p.length * 2 + 1;
    p.type++;
    printf("after rmw: t=%u len=%u off=%lld ck=%x\n", (unsigned)p.type, (unsigned)p.length, (long long)p.offset,
           (unsigned)p.checksum);

    unsigned long long raw;
    memcpy(&raw, &p, sizeof raw);
    printf("raw low 32 bits set: %d\n", __builtin_popcount((unsigned)raw));

    struct rgb565 c1 = { 31, 63, 31 }, c2 = { 0, 10, (unsigned short)vseed };
    struct rgb565 m = blend(c1, c2);
    unsigned short bits;
    memcpy(&bits, &m, sizeof bits);
    printf("blend r=%u g=%u b=%u bits=%04x\n", m.r, m.g, m.b, bits);

    int level_sum = 0;
    struct flags arr[16];
    memset(arr, 0, sizeof arr);
    for (int i = 0; i < 16; i++) {
        arr[i].level = i - 8;
        arr[i].mode = (unsigned)i;
        arr[i].count = (unsigned)(i * 300);
    }
    for (int i = 0; i < 16; i++)
        level_sum += arr[i].level * (int)arr[i].mode + (int)arr[i].count;
    printf("level_sum=%d\n", level_sum);
    return 0;
}
