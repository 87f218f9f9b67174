#!/usr/bin/env bash
# Regenerate the committed x86-64 assembly of every test program (gcc -O0 -S and gcc -O2 -S).
set -euo pipefail
cd "$(dirname "$0")"
for c in *.c; do
  base=${c%.c}
  for opt in O0 O2; do
    gcc -"$opt" -S "$c" -o "$base.$opt.s"
  done
done
