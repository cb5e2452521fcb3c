#!/usr/bin/env bash
# Builds rhetor in Release and runs the Google Benchmark suite, printing a
# Markdown table (bytes/s, sentences/s) for docs/PERFORMANCE.md.
#   bash bench/perf_report.sh [extra benchmark args, e.g. --benchmark_min_time=2]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build/rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DRHETOR_BUILD_TESTS=OFF -DRHETOR_BUILD_PYTHON=OFF > /dev/null
cmake --build build/rel --target rhetor_bench > /dev/null
out=$(mktemp)
./build/rel/bench/rhetor_bench --benchmark_format=json --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true "$@" > "$out"
/usr/bin/python3 - "$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
ctx = d["context"]
print(f"machine: {ctx.get('num_cpus')} CPUs at {ctx.get('mhz_per_cpu')} MHz, load average {ctx.get('load_avg')}")
print()
print("| benchmark | corpus | median time (ms) | MB/s | sentences/s |")
print("|---|---|---|---|---|")
for b in d["benchmarks"]:
    if b.get("aggregate_name") != "median":
        continue
    name = b["run_name"]
    mbs = b.get("bytes/s", b.get("bytes_per_second", 0)) / 1e6
    sps = b.get("sentences/s")
    print(f"| {name} | {b.get('label', '')} | {b['real_time']:.1f} | {mbs:.1f} | {'' if sps is None else f'{sps/1e3:.0f}k'} |")
PY
rm -f "$out"
