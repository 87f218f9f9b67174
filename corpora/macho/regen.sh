#!/usr/bin/env bash
# Regenerate the committed Mach-O flavoured x86-64 assembly of every program (Apple target, clang -S at
# -O0 and -O2). The C declares what it uses in proto.h: no system headers are involved.
# usage: regen.sh [PROGRAM.c ...]   (default: every *.c here); needs Debian's clang (scripts/setup-system.sh)
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -gt 0 ]; then progs=("$@"); else progs=(*.c); fi
for c in "${progs[@]}"; do
  base=$(basename "${c%.c}")
  extra=()
  case $base in
    36_darwin_data) extra=(-fcommon) ;;                   # tentative definitions become .comm
    37_darwin_stack_protector) extra=(-fstack-protector-all) ;;
  esac
  for opt in O0 O2; do
    clang -target x86_64-apple-macos14 -"$opt" "${extra[@]}" -S "$base.c" -o "$base.$opt.s"
  done
done
