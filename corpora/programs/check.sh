#!/usr/bin/env bash
# Build every program natively (gcc -O0/-O2) and for riscv64/aarch64 (cross gcc -O0/-O2, run under
# qemu-user), and check that stdout and the exit code agree across all six builds.
# usage: check.sh [PROGRAM.c ...]   (default: every *.c in this directory)
set -u
cd "$(dirname "$0")"
if [ $# -gt 0 ]; then progs=("$@"); else progs=(*.c); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
pass=0
fail=0
for c in "${progs[@]}"; do
  name=$(basename "${c%.c}")
  ref=""
  bad=()
  extra=()
  [ -f "$name.cflags" ] && read -r -a extra < "$name.cflags"
  for cc in gcc riscv64-linux-gnu-gcc aarch64-linux-gnu-gcc; do
    case $cc in
      gcc) run=(); flags=(); tag=x86_64;;
      riscv64-*) run=(qemu-riscv64 -L /usr/riscv64-linux-gnu); flags=(-fsigned-char); tag=riscv64;;
      aarch64-*) run=(qemu-aarch64 -L /usr/aarch64-linux-gnu); flags=(-fsigned-char); tag=aarch64;;
    esac
    for opt in O0 O2; do
      id="$tag-$opt"
      exe="$tmp/$name.$id"
      if ! $cc -"$opt" "${flags[@]}" "${extra[@]}" "$c" -o "$exe" -lm 2>"$tmp/$name.$id.cc"; then
        bad+=("$id:build")
        continue
      fi
      timeout 10 "${run[@]}" "$exe" >"$tmp/$name.$id.out" 2>/dev/null
      rc=$?
      echo "exit=$rc" >>"$tmp/$name.$id.out"
      if [ -z "$ref" ]; then
        ref="$tmp/$name.$id.out"
      elif ! cmp -s "$ref" "$tmp/$name.$id.out"; then
        bad+=("$id")
      fi
    done
  done
  if [ ${#bad[@]} -eq 0 ]; then
    echo "ok $name ($(tail -n1 "$ref"))"
    pass=$((pass + 1))
  else
    echo "DIFF $name ${bad[*]}"
    [ -n "$ref" ] && for id in "${bad[@]}"; do
      [ -f "$tmp/$name.$id.out" ] && diff "$ref" "$tmp/$name.$id.out" | head -5 | sed 's/^/    /'
    done
    fail=$((fail + 1))
    status=1
  fi
done
echo "summary: $pass ok, $fail differ"
exit $status
