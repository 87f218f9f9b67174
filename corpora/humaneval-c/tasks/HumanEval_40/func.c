/* HumanEval/40: triples_sum_to_zero -- check whether three elements at distinct positions of a list add up to zero. */

/* l: n ints.  Returns 1 if l[i] + l[j] + l[k] == 0 for some i < j < k. */
int triples_sum_to_zero(const int *l, int n)
{
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            for (int k = j + 1; k < n; k++)
                if ((long)l[i] + l[j] + l[k] == 0)
                    return 1;
    return 0;
}
