/* ctype classification and case mapping over a string (table lookups through unsigned char indices). */
#include "proto.h"

volatile int shift = 3;

static const char text[] =
    "Hello, World! 123 Testing: tabs\tand\nnewlines; Hex 0xBEEF, under_score & ~tilde {braces} 42.";

__attribute__((noinline)) void caesar(char *s, int k) {
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (isupper(c))
            *s = (char)('A' + (c - 'A' + k) % 26);
        else if (islower(c))
            *s = (char)('a' + (c - 'a' + k) % 26);
    }
}

__attribute__((noinline)) int word_count(const char *s) {
    int words = 0, in_word = 0;
    for (; *s; s++) {
        if (isalnum((unsigned char)*s)) {
            if (!in_word)
                words++;
            in_word = 1;
        } else {
            in_word = 0;
        }
    }
    return words;
}

int main(void) {
    int alpha = 0, digit = 0, space = 0, punct = 0, upper = 0, lower = 0, xdigit = 0, alnum = 0, cntrl = 0;
    for (const char *p = text; *p; p++) {
        unsigned char c = (unsigned char)*p;
        alpha += isalpha(c) != 0;
        digit += isdigit(c) != 0;
        space += isspace(c) != 0;
        punct += ispunct(c) != 0;
        upper += isupper(c) != 0;
        lower += islower(c) != 0;
        xdigit += isxdigit(c) != 0;
        alnum += isalnum(c) != 0;
        cntrl += iscntrl(c) != 0;
    }
    printf("alpha=%d digit=%d space=%d punct=%d upper=%d lower=%d xdigit=%d alnum=%d cntrl=%d\n",
           alpha, digit, space, punct, upper, lower, xdigit, alnum, cntrl);

    char buf[sizeof text];
    for (size_t i = 0; i < sizeof text; i++)
        buf[i] = (char)toupper((unsigned char)text[i]);
    printf("upper: %s\n", buf);
    for (size_t i = 0; i < sizeof text; i++)
        buf[i] = (char)tolower((unsigned char)text[i]);
    printf("lower: %s\n", buf);

    memcpy(buf, text, sizeof text);
    caesar(buf, shift);
    printf("caesar: %s\n", buf);
    caesar(buf, 26 - shift);
    printf("roundtrip ok: %d\n", strcmp(buf, text) == 0);
    printf("words: %d\n", word_count(text));

    printf("class map 32..126:\n");
    for (int c = 32; c < 127; c++) {
        char k = isdigit(c) ? 'd' : isupper(c) ? 'U' : islower(c) ? 'l' : isspace(c) ? 's' : ispunct(c) ? 'p' : '?';
        putchar(k);
        if ((c - 31) % 32 == 0)
            putchar('\n');
    }
    putchar('\n');
    int printable = 0, graph = 0;
    for (int c = 0; c < 128; c++) {
        printable += isprint(c) != 0;
        graph += isgraph(c) != 0;
    }
    printf("isprint=%d isgraph=%d\n", printable, graph);

    long value = 0;
    for (const char *p = "  7f3A zz"; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (!isxdigit(c))
            continue;
        value = value * 16 + (isdigit(c) ? c - '0' : tolower(c) - 'a' + 10);
    }
    printf("hex value: %ld\n", value);
    return 0;
}
