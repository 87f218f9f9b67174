/* Global and static data: arrays of structs, const tables, static locals, string tables, pointers in data relocations. */
#include "proto.h"

struct planet {
    const char *name;
    int moons;
    double radius_km;
    char kind;
};

static const struct planet planets[] = {
    { "mercury", 0, 2439.7, 'r' }, { "venus", 0, 6051.8, 'r' }, { "earth", 1, 6371.0, 'r' },
    { "mars", 2, 3389.5, 'r' },    { "jupiter", 95, 69911.0, 'g' }, { "saturn", 146, 58232.0, 'g' },
    { "uranus", 28, 25362.0, 'i' }, { "neptune", 16, 24622.0, 'i' },
};

static const char *const kind_names[] = { "rocky", "gas giant", "ice giant" };
const int squares[16] = { 0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225 };
int counters[8];
long big_table[512];
static short initialized_shorts[5] = { -1, 2, -3, 4, -5 };
char message[] = "mutable global string";
const char *msg_ptr = message + 8;
int *counter_ptr = &counters[3];
volatile int vsel = 5;

struct config {
    int id;
    const char *label;
    const int *table;
};
static struct config configs[] = { { 1, "squares", squares }, { 2, "counters", counters } };

__attribute__((noinline)) int next_id(void) {
    static int id = 100;
    return id++;
}

__attribute__((noinline)) long running_sum(long v) {
    static long total;
    total += v;
    return total;
}

__attribute__((noinline)) const char *kind_name(char k) {
    switch (k) {
    case 'r': return kind_names[0];
    case 'g': return kind_names[1];
    default: return kind_names[2];
    }
}

__attribute__((noinline)) void bump(int idx) {
    counters[idx & 7]++;
    (*counter_ptr) += 10;
}

int main(void) {
    int total_moons = 0;
    double total_radius = 0;
    for (size_t i = 0; i < sizeof planets / sizeof planets[0]; i++) {
        printf("%-8s moons=%3d radius=%9.1f %s\n", planets[i].name, planets[i].moons, planets[i].radius_km,
               kind_name(planets[i].kind));
        total_moons += planets[i].moons;
        total_radius += planets[i].radius_km;
    }
    printf("total moons=%d mean radius=%.2f\n", total_moons, total_radius / 8);

    for (int i = 0; i < 5; i++)
        printf("id=%d ", next_id());
    printf("\n");
    for (int i = 1; i <= 5; i++)
        printf("sum=%ld ", running_sum(i * i));
    printf("\n");

    for (int i = 0; i < 20; i++)
        bump(i * vsel);
    for (int i = 0; i < 8; i++)
        printf("%d ", counters[i]);
    printf("\n");

    for (int i = 0; i < 512; i++)
        big_table[i] = (long)i * squares[i & 15] - i;
    long bsum = 0;
    for (int i = 0; i < 512; i += 3)
        bsum += big_table[i];
    printf("big_table sum=%ld last=%ld\n", bsum, big_table[511]);

    int ssum = 0;
    for (int i = 0; i < 5; i++)
        ssum += initialized_shorts[i] * 10;
    initialized_shorts[vsel % 5] = 1000;
    printf("shorts sum=%d modified=%d\n", ssum, initialized_shorts[0]);

    printf("msg_ptr=%s\n", msg_ptr);
    message[0] = 'M';
    memcpy(message + 8, "GLOBAL", 6);
    printf("message=%s msg_ptr=%s len=%zu\n", message, msg_ptr, strlen(message));

    for (size_t i = 0; i < 2; i++) {
        int acc = 0;
        for (int k = 0; k < 8; k++)
            acc += configs[i].table[k];
        printf("config %d %s acc=%d\n", configs[i].id, configs[i].label, acc);
    }
    configs[1].table = squares + vsel;
    printf("rebound table[0]=%d\n", configs[1].table[0]);
    return 0;
}
