/* a malloc'd upper-case copy of s, or NULL when out of memory */
#include <stdlib.h>
#include <string.h>

char *dup_upper(const char *s)
{
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p == NULL)
        return NULL;
    for (size_t i = 0; i <= n; i++)
        p[i] = (s[i] >= 'a' && s[i] <= 'z') ? s[i] - 32 : s[i];
    return p;
}
