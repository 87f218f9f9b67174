#!/usr/bin/env bash
# Regenerate the committed x86-64 assembly of every example program.
# Uses the system gcc (Debian's default: PIE, x86-64 baseline); the output is committed so tests
# see exactly the compiler output a user would have.
set -euo pipefail
cd "$(dirname "$0")"
for c in *.c; do
  base=${c%.c}
  for opt in O0 O2; do
    gcc -"$opt" -S "$c" -o "$base.$opt.s"
  done
done
