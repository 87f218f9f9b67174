/* HumanEval/153: Strongest_Extension -- append to a class name the first extension with the greatest (uppercase - lowercase) letter count. */

static int strength(const char *s)
{
    int score = 0;

    for (; *s; s++) {
        if (*s >= 'A' && *s <= 'Z')
            score++;
        else if (*s >= 'a' && *s <= 'z')
            score--;
    }
    return score;
}

/* class_name: NUL-terminated class name.
   extensions, n: the candidate extension names (n >= 1).
   out: caller buffer of at least strlen(class_name) + 1 + strlen(longest
   extension) + 1 bytes; receives "ClassName.StrongestExtension".
   Ties go to the extension that comes first. */
void Strongest_Extension(const char *class_name, const char *const *extensions, int n, char *out)
{
    const char *best = extensions[0];
    int best_score = strength(best);

    for (int i = 1; i < n; i++) {
        int sc = strength(extensions[i]);
        if (sc > best_score) {
            best_score = sc;
            best = extensions[i];
        }
    }
    while (*class_name)
        *out++ = *class_name++;
    *out++ = '.';
    while (*best)
        *out++ = *best++;
    *out = '\0';
}
