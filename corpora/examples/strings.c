/* Byte loads and stores, a local buffer, character classes written by hand. */
#include <stdio.h>

static int my_strlen(const char *s) {
    int n = 0;
    while (s[n] != '\0')
        n++;
    return n;
}

void reverse(char *s) {
    int i = 0, j = my_strlen(s) - 1;
    while (i < j) {
        char t = s[i];
        s[i] = s[j];
        s[j] = t;
        i++;
        j--;
    }
}

int count_vowels(const char *s) {
    int c = 0;
    for (; *s; s++) {
        char ch = *s;
        if (ch >= 'A' && ch <= 'Z')
            ch = ch - 'A' + 'a';
        if (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u')
            c++;
    }
    return c;
}

int main(void) {
    char buf[32] = "Translate Me Gently";
    printf("len=%d vowels=%d\n", my_strlen(buf), count_vowels(buf));
    reverse(buf);
    puts(buf);
    return 0;
}
