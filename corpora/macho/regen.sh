#!/usr/bin/env bash
# Regenerate the committed Mach-O flavoured x86-64 assembly of every program: clang for the Apple
# target at -O0 and -O2. The C declares what it uses in proto.h (no system headers: the Linux ones do
# not work for a darwin target). A program may carry extra compiler flags in NAME.cflags.
# usage: regen.sh [PROGRAM.c ...]   (default: every *.c here); needs clang (scripts/setup-system.sh)
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -gt 0 ]; then progs=("$@"); else progs=(*.c); fi
for c in "${progs[@]}"; do
  base=$(basename "${c%.c}")
  extra=()
  [ -f "$base.cflags" ] && read -r -a extra < "$base.cflags"
  for opt in O0 O2; do
    clang -target x86_64-apple-macos14 -"$opt" "${extra[@]}" -S "$base.c" -o "$base.$opt.s"
  done
done

# Expected behaviour of each program, run without arguments: its C built for Linux by gcc -O0.
# NAME.stdout holds the output, NAME.json (the task file of corpus.json) the run with its exit code.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for c in "${progs[@]}"; do
  base=$(basename "${c%.c}")
  gcc -O0 "$base.c" -o "$tmp/$base" -lm
  set +e
  (cd "$tmp" && "./$base" </dev/null >"$base.stdout" 2>/dev/null)
  code=$?
  set -e
  cp "$tmp/$base.stdout" "$base.stdout"
  printf '{"runs": [{"stdout": "%s.stdout", "exit": %d}]}\n' "$base" "$code" >"$base.json"
done
