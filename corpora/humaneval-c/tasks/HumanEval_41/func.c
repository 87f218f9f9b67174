/* HumanEval/41: car_race_collision -- count the collisions between n left-to-right cars and n right-to-left cars that pass through each other. */

/* Every one of the n left-moving cars eventually meets every one of the n
 * right-moving cars exactly once, so the answer is n * n.
 * n: number of cars in each direction (n >= 0). */
long car_race_collision(long n)
{
    return n * n;
}
