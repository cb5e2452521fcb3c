#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build everything, run all
# tests (C++ GoogleTest, CLI, HTML report in headless Chromium, package consumer,
# Python/pytest incl. Dask, the scaling check), then the C++ and CLI suites once
# more under AddressSanitizer + UBSan (clang), the libFuzzer targets for
# RHETOR_FUZZ_SECONDS each (default 60), and the threads and batch tests and the CLI batch
# path under ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --sanitizers --browser
jobs=$(nproc)
fuzz_seconds=${RHETOR_FUZZ_SECONDS:-60}
stage_start=$SECONDS
stage() {  # stage <name>: prints the previous stage's duration, then the new name
  [ -n "${current_stage:-}" ] && echo "== $current_stage took $((SECONDS - stage_start)) s"
  current_stage=$1
  stage_start=$SECONDS
  [ -n "$1" ] && echo "== $1"
  return 0
}

stage "build and test (Release, scaling check included)"
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=Release -DPython_EXECUTABLE=/usr/bin/python3
cmake --build build/ci -j "$jobs"
ctest --test-dir build/ci --output-on-failure -j "$jobs"

stage "ASan + UBSan (C++ and CLI tests; fuzz targets built with coverage)"
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DRHETOR_SANITIZE=ON \
      -DRHETOR_BUILD_FUZZERS=ON -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link -DRHETOR_FUZZ_SECONDS="$fuzz_seconds" \
      -DRHETOR_BUILD_PYTHON=OFF -DRHETOR_BUILD_BENCH=OFF -DRHETOR_INSTALL=OFF
cmake --build build/asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j "$jobs" -LE "slow|fuzz"

stage "libFuzzer (${fuzz_seconds} s per target)"
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --test-dir build/asan --output-on-failure -j "$jobs" -L fuzz
grep -h "^stat::number_of_executed_units" build/asan/Testing/Temporary/LastTest.log | sed 's/^/  /' || true

stage "ThreadSanitizer (threads tests, CLI batch with -j 8)"
cmake -S . -B build/tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_CXX_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread \
      -DRHETOR_BUILD_PYTHON=OFF -DRHETOR_BUILD_BENCH=OFF -DRHETOR_INSTALL=OFF
cmake --build build/tsan -j "$jobs" --target rhetor_tests rhetor_cli
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
build/tsan/tests/rhetor_tests --gtest_filter='Threads.*:ScoreSentenceAgreement.*:Batch.*'
bash scripts/tsan_batch.sh build/tsan/rhetor
unset TSAN_OPTIONS

stage ""
