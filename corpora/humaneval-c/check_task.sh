#!/usr/bin/env bash
# Check one HumanEval-C task natively (x86-64) and under both cross targets (qemu-user),
# at -O0 and -O2. The test driver is always compiled on its own at -O0 so that gcc cannot
# fold the asserts against the function body.
# usage: check_task.sh TASK_DIR [TASK_DIR ...]
set -u
status=0
for dir in "$@"; do
  tmp=$(mktemp -d)
  for cc in gcc riscv64-linux-gnu-gcc aarch64-linux-gnu-gcc; do
    case $cc in
      gcc) run=(); flags=();;
      riscv64-*) run=(qemu-riscv64 -L /usr/riscv64-linux-gnu); flags=(-fsigned-char);;
      aarch64-*) run=(qemu-aarch64 -L /usr/aarch64-linux-gnu); flags=(-fsigned-char);;
    esac
    for opt in O0 O2; do
      if ! $cc -"$opt" -Wall -Wno-unused-result "${flags[@]}" -c "$dir/func.c" -o "$tmp/f.o" ||
         ! $cc -O0 -Wall "${flags[@]}" -c "$dir/test.c" -o "$tmp/t.o" ||
         ! $cc "$tmp/f.o" "$tmp/t.o" -lm -o "$tmp/a.out"; then
        echo "FAIL build $dir $cc -$opt"; status=1; continue
      fi
      if ! timeout 20 "${run[@]}" "$tmp/a.out" >"$tmp/out" 2>&1; then
        echo "FAIL run $dir $cc -$opt (exit $?)"; head -5 "$tmp/out"; status=1
      fi
    done
  done
  rm -rf "$tmp"
  [ $status -eq 0 ] && echo "ok $dir"
done
exit $status
