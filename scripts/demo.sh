#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and analyze the
# sample op-ed shipped in examples/ (a table, then the first lines of JSON).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build/demo -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DRHETOR_BUILD_TESTS=OFF -DRHETOR_BUILD_BENCH=OFF -DRHETOR_BUILD_PYTHON=OFF > /dev/null
cmake --build build/demo --target rhetor_cli
./build/demo/rhetor analyze examples/sample-op-ed.txt
echo "--- JSON (first 30 lines of: rhetor analyze --format json examples/sample-op-ed.txt) ---"
./build/demo/rhetor analyze --format json --compact examples/sample-op-ed.txt | sed -n '1,30p'  # sed reads to the end: no SIGPIPE
