#!/usr/bin/env bash
# Install the Debian packages gg needs (cross toolchains for both targets and qemu-user; clang for the
# Apple-target corpus in corpora/macho), if missing.
# Idempotent and quick when everything is there.
set -euo pipefail
PKGS=(qemu-user gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu libc6-dev-riscv64-cross
      gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross
      clang)
have() {
  command -v qemu-riscv64 >/dev/null && command -v qemu-aarch64 >/dev/null &&
  command -v riscv64-linux-gnu-gcc >/dev/null && command -v aarch64-linux-gnu-gcc >/dev/null &&
  command -v clang >/dev/null &&
  [ -e /usr/riscv64-linux-gnu/lib/libc.so.6 ] && [ -e /usr/aarch64-linux-gnu/lib/libc.so.6 ]
}
if have; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${PKGS[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "setup: installing ${PKGS[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${PKGS[@]}" >/dev/null
have || { echo "setup: packages installed but tools are still missing" >&2; exit 1; }
