/* HumanEval/134: check_if_last_char_is_a_letter -- test whether a string ends in a letter that stands alone as a one-character word. */

/* txt: NUL-terminated string; words are separated by single spaces.
   Returns 1 if the last character is an ASCII letter and it is either the
   whole string or preceded by a space, 0 otherwise. */
int check_if_last_char_is_a_letter(const char *txt)
{
    int len = 0;
    char last;

    while (txt[len])
        len++;
    if (len == 0)
        return 0;
    last = txt[len - 1];
    if (!((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')))
        return 0;
    return len == 1 || txt[len - 2] == ' ';
}
