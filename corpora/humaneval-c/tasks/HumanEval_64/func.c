/* HumanEval/64: vowels_count -- count the vowels in a word, treating 'y' as a vowel only as the last letter. */

/* s: NUL-terminated word.
 * Returns the number of a/e/i/o/u (either case) plus one if the final
 * character is 'y' or 'Y'. The empty string yields 0. */
int vowels_count(const char *s)
{
    int count = 0;
    char last = '\0';

    for (; *s != '\0'; s++) {
        switch (*s) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
        case 'A': case 'E': case 'I': case 'O': case 'U':
            count++;
            break;
        default:
            break;
        }
        last = *s;
    }
    if (last == 'y' || last == 'Y')
        count++;
    return count;
}
