/* String library use: strlen/strcpy/strcat/strcmp/strncmp/strchr/strrchr/strstr/memcpy/memset/strtol/strtoul. */
#include "proto.h"

volatile int seed = 3;

static int sgn(int v) { return (v > 0) - (v < 0); }

__attribute__((noinline)) void reverse(char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) {
        char t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

__attribute__((noinline)) int count_sub(const char *hay, const char *needle) {
    int n = 0;
    size_t len = strlen(needle);
    for (const char *p = strstr(hay, needle); p; p = strstr(p + len, needle))
        n++;
    return n;
}

int main(void) {
    char buf[128];
    char other[64];
    const char *src = "The quick brown fox jumps over the lazy dog";

    printf("strlen: %zu\n", strlen(src));
    strcpy(buf, src);
    reverse(buf);
    printf("reversed: %s\n", buf);

    strcpy(other, "hello");
    strcat(other, ", ");
    strcat(other, "world");
    strncat(other, "!!!!!!", (size_t)seed);
    printf("concat: %s (%zu)\n", other, strlen(other));

    const char *words[] = { "apple", "apricot", "banana", "app", "apple", "Apple" };
    for (int i = 0; i < 5; i++)
        printf("strcmp(%s,%s)=%d strncmp3=%d\n", words[i], words[i + 1],
               sgn(strcmp(words[i], words[i + 1])), sgn(strncmp(words[i], words[i + 1], 3)));

    const char *o = strchr(src, 'o');
    const char *lo = strrchr(src, 'o');
    printf("first o at %ld, last o at %ld, z at %ld\n", (long)(o - src), (long)(lo - src),
           (long)(strchr(src, 'z') - src));
    printf("strchr missing: %s\n", strchr(src, '#') ? "found" : "null");
    const char *fox = strstr(src, "fox");
    printf("strstr fox: \"%s\"\n", fox);
    printf("count 'the': %d, count 'o': %d\n", count_sub("the cat the hat the end", "the"), count_sub(src, "o"));

    memset(buf, '.', 20);
    buf[20] = '\0';
    memcpy(buf + 5, "COPY", 4);
    printf("memset/memcpy: %s\n", buf);

    const char *nums = "  -1234 0x1f 0777 42abc 99999999999 +17";
    char *end;
    const char *p = nums;
    for (int k = 0; k < 6; k++) {
        long v = strtol(p, &end, 0);
        printf("strtol -> %ld (consumed %ld)\n", v, (long)(end - p));
        p = end;
        while (*p && *p != ' ')
            p++;
    }
    printf("strtol base16: %ld\n", strtol("ff", NULL, 16));
    printf("strtol base2: %ld\n", strtol("-101101", NULL, 2));
    printf("strtoul: %lu\n", strtoul("4294967296", NULL, 10));
    printf("atoi: %d\n", atoi("  314xyz"));

    char csv[] = "alpha,beta,,gamma,delta";
    int field = 0;
    char *start = csv;
    for (;;) {
        char *comma = strchr(start, ',');
        if (comma)
            *comma = '\0';
        printf("field %d: '%s' len=%zu\n", field++, start, strlen(start));
        if (!comma)
            break;
        start = comma + 1;
    }
    printf("strspn=%zu strcspn=%zu\n", strspn("123abc", "0123456789"), strcspn("hello world", " "));
    return 0;
}
