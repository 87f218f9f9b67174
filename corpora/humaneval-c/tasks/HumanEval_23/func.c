/* HumanEval/23: strlen -- return the length of a string. */

/* Named he_strlen rather than strlen, which would clash with the C library
   function (and let gcc fold calls to its builtin).  s: NUL-terminated
   string.  Returns the number of bytes before the NUL. */
long he_strlen(const char *s)
{
    long n = 0;
    while (s[n] != '\0')
        n++;
    return n;
}
