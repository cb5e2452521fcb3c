#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build everything, run all
# tests (C++ GoogleTest, CLI, HTML report in headless Chromium, package consumer,
# Python/pytest incl. Dask), then
# the C++ and CLI suites once more under AddressSanitizer + UBSan (clang).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --sanitizers --browser
jobs=$(nproc)

echo "== build and test (Release)"
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=Release -DPython_EXECUTABLE=/usr/bin/python3
cmake --build build/ci -j "$jobs"
ctest --test-dir build/ci --output-on-failure -j "$jobs"

echo "== ASan + UBSan (C++ and CLI tests)"
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DRHETOR_SANITIZE=ON \
      -DRHETOR_BUILD_PYTHON=OFF -DRHETOR_BUILD_BENCH=OFF -DRHETOR_INSTALL=OFF
cmake --build build/asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j "$jobs" -LE slow
