/* HumanEval/16: count_distinct_characters -- count how many different characters a string uses when case is ignored. */
#include <ctype.h>

/* s: NUL-terminated string.  Returns the number of distinct bytes after
   folding ASCII letters to lower case. */
int count_distinct_characters(const char *s)
{
    unsigned char seen[256] = {0};
    int count = 0;

    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int c = tolower(*p);
        if (!seen[c]) {
            seen[c] = 1;
            count++;
        }
    }
    return count;
}
