/* HumanEval/159: eat -- work out how many carrots a rabbit has eaten in total and how many remain after it eats what it needs. */

/* number: carrots already eaten; need: carrots still wanted;
   remaining: carrots in stock (all 0..1000).
   out: caller buffer of 2 ints receiving {total eaten, carrots left}; if the
   stock is short the rabbit eats everything that is left.
   Returns 2 (the length of the result list). */
int eat(int number, int need, int remaining, int *out)
{
    int eaten = need < remaining ? need : remaining;

    out[0] = number + eaten;
    out[1] = remaining - eaten;
    return 2;
}
