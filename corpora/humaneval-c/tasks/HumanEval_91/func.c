/* HumanEval/91: is_bored -- count the sentences that begin with the word "I". */
#include <ctype.h>

/*
 * is_bored(S): S is a NUL-terminated string of sentences delimited by
 * '.', '?' or '!'. Whitespace right after a delimiter is skipped.
 * Returns how many sentences start with "I " (the word I followed by a space).
 */
int is_bored(const char *S)
{
    int count = 0;
    int i = 0;
    for (;;) {
        /* i is at the start of a sentence */
        if (S[i] == 'I' && S[i + 1] == ' ')
            count++;
        while (S[i] != '\0' && S[i] != '.' && S[i] != '?' && S[i] != '!')
            i++;
        if (S[i] == '\0')
            break;
        i++;
        while (S[i] != '\0' && isspace((unsigned char)S[i]))
            i++;
    }
    return count;
}
