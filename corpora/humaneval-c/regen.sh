#!/usr/bin/env bash
# Regenerate the committed x86-64 assembly of every HumanEval-C task: func.O0.s and func.O2.s,
# from func.c with the system gcc (Debian default flags: PIE). The test driver is never compiled
# together with the function (gcc -O2 would fold the checks against the body).
set -euo pipefail
cd "$(dirname "$0")/tasks"
for d in HumanEval_*/; do
  for opt in O0 O2; do
    gcc -"$opt" -S "$d/func.c" -o "$d/func.$opt.s"
  done
done
