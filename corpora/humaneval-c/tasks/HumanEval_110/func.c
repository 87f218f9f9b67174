/* HumanEval/110: exchange -- decide whether swapping elements with a second list can make the first list all even. */

/*
 * exchange(lst1, n1, lst2, n2, out): lst1 holds n1 integers, lst2 holds n2.
 * Writes "YES" into out if the odd elements of lst1 can all be swapped for
 * even elements of lst2 (i.e. lst2 has at least as many even numbers as lst1
 * has odd numbers), otherwise "NO". out must hold at least 4 bytes.
 */
void exchange(const int *lst1, int n1, const int *lst2, int n2, char *out)
{
    int odd_in_first = 0;
    int even_in_second = 0;
    for (int i = 0; i < n1; i++) {
        if (lst1[i] % 2 != 0)
            odd_in_first++;
    }
    for (int i = 0; i < n2; i++) {
        if (lst2[i] % 2 == 0)
            even_in_second++;
    }
    if (even_in_second >= odd_in_first) {
        out[0] = 'Y';
        out[1] = 'E';
        out[2] = 'S';
        out[3] = '\0';
    } else {
        out[0] = 'N';
        out[1] = 'O';
        out[2] = '\0';
    }
}
