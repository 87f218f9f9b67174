#include "util.h"
int scale(int x, int k) { return x * k; }
