/* HumanEval/162: string_to_md5 -- compute the MD5 digest of a string as 32 lowercase hex digits, or nothing for the empty string. */
#include <stdint.h>

static uint32_t rotl32(uint32_t x, int c)
{
    return (x << c) | (x >> (32 - c));
}

/* Process one 64-byte block, updating the state h[4]. */
static void md5_block(uint32_t h[4], const unsigned char *block)
{
    const uint32_t k[64] = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    };
    const int shifts[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
    uint32_t m[16];
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];

    for (int i = 0; i < 16; i++)
        m[i] = (uint32_t)block[4 * i] | ((uint32_t)block[4 * i + 1] << 8) |
               ((uint32_t)block[4 * i + 2] << 16) | ((uint32_t)block[4 * i + 3] << 24);

    for (int i = 0; i < 64; i++) {
        int round = i / 16;
        uint32_t f;
        int g;
        uint32_t tmp;

        if (round == 0) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (round == 1) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) % 16;
        } else if (round == 2) {
            f = b ^ c ^ d;
            g = (3 * i + 5) % 16;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) % 16;
        }
        tmp = d;
        d = c;
        c = b;
        b = b + rotl32(a + f + k[i] + m[g], shifts[round * 4 + i % 4]);
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

/* text: NUL-terminated input, hashed as its raw bytes.
   out: caller buffer of at least 33 bytes.
   For a non-empty text writes the 32-character lowercase hex MD5 digest and
   returns 1; for the empty string (Python None) returns 0 and leaves out
   untouched. */
int string_to_md5(const char *text, char *out)
{
    const char hex[] = "0123456789abcdef";
    uint32_t h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    const unsigned char *p = (const unsigned char *)text;
    unsigned char tail[128];
    uint64_t len = 0;
    uint64_t bits;
    int tail_len;

    while (p[len])
        len++;
    if (len == 0)
        return 0;

    /* whole blocks straight from the input */
    while (len - (uint64_t)(p - (const unsigned char *)text) >= 64) {
        md5_block(h, p);
        p += 64;
    }

    /* the rest, the 0x80 marker, zero padding and the 64-bit bit length */
    tail_len = (int)(len - (uint64_t)(p - (const unsigned char *)text));
    for (int i = 0; i < tail_len; i++)
        tail[i] = p[i];
    tail[tail_len++] = 0x80;
    while (tail_len % 64 != 56)
        tail[tail_len++] = 0;
    bits = len * 8;
    for (int i = 0; i < 8; i++)
        tail[tail_len++] = (unsigned char)(bits >> (8 * i));
    for (int off = 0; off < tail_len; off += 64)
        md5_block(h, tail + off);

    for (int i = 0; i < 16; i++) {
        uint32_t byte = (h[i / 4] >> (8 * (i % 4))) & 0xff;
        out[2 * i] = hex[byte >> 4];
        out[2 * i + 1] = hex[byte & 0xf];
    }
    out[32] = '\0';
    return 1;
}
