/* HumanEval/148: bf -- list, ordered by distance from the Sun, the planets whose orbits lie strictly between those of two named planets. */

static int str_equal(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/* planet1, planet2: planet names, case sensitive ("Mercury" ... "Neptune").
   out: caller array of at least 6 pointers; receives pointers to constant
   strings naming the planets strictly between the two, innermost first.
   Returns the number of names written; 0 (Python empty tuple) if either name
   is not a planet or both are the same. */
int bf(const char *planet1, const char *planet2, const char **out)
{
    const char *const planets[8] = {
        "Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune",
    };
    int i1 = -1, i2 = -1;
    int lo, hi, count = 0;

    for (int i = 0; i < 8; i++) {
        if (str_equal(planet1, planets[i]))
            i1 = i;
        if (str_equal(planet2, planets[i]))
            i2 = i;
    }
    if (i1 < 0 || i2 < 0 || i1 == i2)
        return 0;
    lo = i1 < i2 ? i1 : i2;
    hi = i1 < i2 ? i2 : i1;
    for (int i = lo + 1; i < hi; i++)
        out[count++] = planets[i];
    return count;
}
