/* calls a function no C library has */
int frobnicate(int);

int twice_frob(int x)
{
    return 2 * frobnicate(x);
}
