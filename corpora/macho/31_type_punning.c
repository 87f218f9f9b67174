/* Type punning between integers and floats via memcpy and unions: IEEE bit patterns, exponent tricks, fast inverse sqrt. */
#include "proto.h"

volatile float vf = 0.15625f;
volatile double vd = -2.5;

union fu {
    float f;
    uint32_t u;
    unsigned char bytes[4];
};

union du {
    double d;
    uint64_t u;
    uint32_t halves[2];
};

__attribute__((noinline)) uint32_t float_bits(float f) {
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

__attribute__((noinline)) float bits_float(uint32_t u) {
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

__attribute__((noinline)) uint64_t double_bits(double d) {
    union du x;
    x.d = d;
    return x.u;
}

__attribute__((noinline)) double bits_double(uint64_t u) {
    union du x;
    x.u = u;
    return x.d;
}

__attribute__((noinline)) float q_rsqrt(float number) {
    float x2 = number * 0.5f, y = number;
    uint32_t i;
    memcpy(&i, &y, sizeof i);
    i = 0x5f3759df - (i >> 1);
    memcpy(&y, &i, sizeof y);
    y = y * (1.5f - (x2 * y * y));
    y = y * (1.5f - (x2 * y * y));
    return y;
}

int main(void) {
    float fs[] = { 0.0f, 1.0f, -1.0f, 0.5f, 2.0f, 3.14159274f, vf, 1e-40f, 3.4e38f };
    for (int i = 0; i < 9; i++) {
        uint32_t u = float_bits(fs[i]);
        printf("%-12g bits=%08x sign=%u exp=%3u mant=%06x back=%g\n", (double)fs[i], u, u >> 31, (u >> 23) & 0xff,
               u & 0x7fffff, (double)bits_float(u));
    }
    double ds[] = { 1.0, -0.0, vd, 0.1, 1e300, 4.9e-324 };
    for (int i = 0; i < 6; i++) {
        uint64_t u = double_bits(ds[i]);
        printf("%-10g bits=%016llx exp=%4u\n", ds[i], (unsigned long long)u, (unsigned)((u >> 52) & 0x7ff));
    }
    union du h;
    h.d = vd;
    printf("halves (little endian): lo=%08x hi=%08x\n", h.halves[0], h.halves[1]);
    union fu b;
    b.f = vf;
    printf("bytes: %02x %02x %02x %02x\n", b.bytes[0], b.bytes[1], b.bytes[2], b.bytes[3]);

    /* Multiply by powers of two by editing the exponent field. */
    float x = vf;
    for (int k = 0; k < 5; k++) {
        uint32_t u = float_bits(x) + (1u << 23);
        x = bits_float(u);
        printf("x*2^%d = %g\n", k + 1, (double)x);
    }
    printf("bits_double(0x4000000000000000)=%g bits_double(0xc059000000000000)=%g\n", bits_double(0x4000000000000000ULL),
           bits_double(0xc059000000000000ULL));
    printf("inf bits=%08x ninf bits=%016llx\n", float_bits(bits_float(0x7f800000u) * 2.0f),
           (unsigned long long)double_bits(-bits_double(0x7ff0000000000000ULL)));

    for (float v = 0.25f; v <= 64.0f; v *= 4.0f)
        printf("q_rsqrt(%g)=%.3f\n", (double)v, (double)q_rsqrt(v));

    /* Order-preserving integer key for floats. */
    float keys[] = { -3.5f, -0.25f, 0.0f, 0.125f, 7.0f, 100.5f };
    uint32_t prev = 0;
    int ordered = 1;
    for (int i = 0; i < 6; i++) {
        uint32_t u = float_bits(keys[i]);
        uint32_t key = (u & 0x80000000u) ? ~u : (u | 0x80000000u);
        if (i > 0 && key <= prev)
            ordered = 0;
        prev = key;
        printf("%08x ", key);
    }
    printf("\nordered=%d\n", ordered);
    int32_t iv = 1078530011 + (int32_t)(vd * 0);
    float fv;
    memcpy(&fv, &iv, sizeof fv);
    int32_t back;
    memcpy(&back, &fv, sizeof back);
    printf("int roundtrip through float storage: %d (%.6f)\n", back, (double)fv);
    return 0;
}
