int digit_sum(long n) {
    return n % 10 +;
}
