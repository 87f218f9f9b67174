#!/usr/bin/env bash
# Regenerate the committed x86-64 assembly of every test program (gcc -O0 -S and gcc -O2 -S).
# A program may carry extra compiler flags in NAME.cflags (e.g. -fstack-protector-all).
set -euo pipefail
cd "$(dirname "$0")"
for c in *.c; do
  base=${c%.c}
  extra=()
  [ -f "$base.cflags" ] && read -r -a extra < "$base.cflags"
  for opt in O0 O2; do
    gcc -"$opt" "${extra[@]}" -S "$c" -o "$base.$opt.s"
  done
done
