#!/usr/bin/env bash
# Installs the Debian 12 packages rhetor needs, only when some are missing
# (idempotent; needs root or sudo). Sourced by demo.sh and test.sh; valgrind runs
# the scaling check, clang and libclang-rt (--sanitizers) ASan, TSan and libFuzzer;
# libsimdjson-dev reads JSONL input in the CLI (the library itself does not need it).
set -euo pipefail
RHETOR_PACKAGES=(
  cmake ninja-build g++ pkg-config valgrind
  libicu-dev libboost-dev libeigen3-dev
  libgtest-dev libbenchmark-dev libcli11-dev nlohmann-json3-dev libsimdjson-dev
  python3-dev pybind11-dev python3-pytest python3-numpy python3-pandas
  python3-dask python3-distributed
)
# --sanitizers: clang for the ASan+UBSan build; --browser: Chromium for the HTML report test.
for arg in "$@"; do
  case $arg in
    --sanitizers) RHETOR_PACKAGES+=(clang libclang-rt-14-dev) ;;
    --browser) RHETOR_PACKAGES+=(chromium) ;;
  esac
done
missing=()
for p in "${RHETOR_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "rhetor: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
