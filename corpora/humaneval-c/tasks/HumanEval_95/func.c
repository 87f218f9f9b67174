/* HumanEval/95: check_dict_case -- decide whether a dictionary's keys are all lowercase strings or all uppercase strings. */

/* Python str.isupper(): at least one cased letter and no lowercase letter. */
static int str_is_upper(const char *s)
{
    int cased = 0;
    for (; *s != '\0'; s++) {
        if (*s >= 'a' && *s <= 'z')
            return 0;
        if (*s >= 'A' && *s <= 'Z')
            cased = 1;
    }
    return cased;
}

/* Python str.islower(): at least one cased letter and no uppercase letter. */
static int str_is_lower(const char *s)
{
    int cased = 0;
    for (; *s != '\0'; s++) {
        if (*s >= 'A' && *s <= 'Z')
            return 0;
        if (*s >= 'a' && *s <= 'z')
            cased = 1;
    }
    return cased;
}

/*
 * check_dict_case(keys, n): keys holds the n keys of the dictionary (values
 * are irrelevant); a key that is not a string (e.g. the int 5) is passed as NULL.
 * Returns 1 if n > 0 and every key is a string that is entirely lowercase, or
 * every key is a string that is entirely uppercase (in Python's islower/isupper
 * sense); returns 0 otherwise, including for an empty dictionary.
 */
int check_dict_case(const char *const *keys, int n)
{
    if (n <= 0)
        return 0;
    int all_lower = 1;
    int all_upper = 1;
    for (int i = 0; i < n; i++) {
        if (keys[i] == 0)
            return 0;
        if (!str_is_lower(keys[i]))
            all_lower = 0;
        if (!str_is_upper(keys[i]))
            all_upper = 0;
    }
    return all_lower || all_upper;
}
