#!/usr/bin/env python3
"""Throughput of rhetor from Python: a plain loop over analyze() vs analyze_many().

    PYTHONPATH=build/dev/python /usr/bin/python3 bench/python_throughput.py
    PYTHONPATH=build/dev/python /usr/bin/python3 bench/python_throughput.py --corpus ../shared/eval/dev/polnear-train.jsonl

Texts: the JSONL corpora in ../shared/eval/dev (field "text") when present,
else the seed article (../shared/seed/bakhmut-op-ed.txt) repeated. Each
configuration runs --repeat times over the same texts; the best run is
reported, in documents/s and MB/s of UTF-8 input, and as a speed-up over the
loop, with the process CPU time of that run (on a busy machine, wall-clock
figures for several threads say more about the neighbours than about rhetor). Reports are built in C++; their Python objects (matches, sentences...)
are created lazily, so "+ matches" also touches report.matches for every
document to show that cost.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import pathlib
import platform
import sys
import time

import rhetor

REPO = pathlib.Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev"
SEED = REPO.parent / "shared" / "seed" / "bakhmut-op-ed.txt"


def load_texts(corpora: list[pathlib.Path], limit: int | None, seed_copies: int) -> tuple[list[str], str]:
    texts: list[str] = []
    for path in corpora:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    texts.append(json.loads(line)["text"])
    if texts:
        source = ", ".join(p.name for p in corpora)
    elif SEED.is_file():
        texts = [SEED.read_text(encoding="utf-8")] * seed_copies
        source = f"{SEED.name} x {seed_copies}"
    else:
        sys.exit(f"no texts: neither {DEV} nor {SEED} exists; pass --corpus FILE.jsonl")
    if limit:
        texts = texts[:limit]
    return texts, source


def best_of(repeat: int, fn) -> tuple[float, float]:
    """(wall seconds, process CPU seconds) of the fastest of `repeat` runs."""
    best = (float("inf"), 0.0)
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        best = min(best, (wall, cpu))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=pathlib.Path, action="append", help="JSONL file(s) with a 'text' field")
    ap.add_argument("--limit", type=int, default=None, help="use at most this many texts")
    ap.add_argument("--seed-copies", type=int, default=500, help="copies of the seed article when no corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, nargs="*", default=None, help="thread counts for analyze_many")
    ap.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = ap.parse_args()

    corpora = args.corpus if args.corpus else sorted(DEV.glob("*.jsonl")) if DEV.is_dir() else []
    texts, source = load_texts(corpora, args.limit, args.seed_copies)
    mbytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    thread_counts = args.threads or sorted({1, 2, cores})

    analyzer = rhetor.Analyzer()
    analyzer.analyze_many(texts[:50])  # warm up thread-local scratch and caches

    runs: list[tuple[str, tuple[float, float]]] = []
    runs.append(("loop: [analyze(t) for t in texts]", best_of(args.repeat, lambda: [analyzer.analyze(t) for t in texts])))
    for n in thread_counts:
        runs.append((f"analyze_many(threads={n})", best_of(args.repeat, lambda n=n: analyzer.analyze_many(texts, threads=n))))

    def pool_map():
        with concurrent.futures.ThreadPoolExecutor(max_workers=cores) as pool:
            return list(pool.map(analyzer.analyze, texts, chunksize=16))

    runs.append((f"ThreadPoolExecutor({cores}).map(analyze)", best_of(args.repeat, pool_map)))
    runs.append(("loop + report.matches", best_of(args.repeat, lambda: [analyzer.analyze(t).matches for t in texts])))
    runs.append(
        (
            f"analyze_many(threads={cores}) + report.matches",
            best_of(args.repeat, lambda: [r.matches for r in analyzer.analyze_many(texts, threads=cores)]),
        )
    )

    base = runs[0][1][0]
    print(f"rhetor {rhetor.__version__}, Python {platform.python_version()}, {cores} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"texts: {len(texts)} documents, {mbytes:.2f} MB UTF-8 ({source}); best of {args.repeat}")
    print(f"{'configuration':48} {'wall s':>7} {'cpu s':>7} {'docs/s':>8} {'MB/s':>7} {'speed-up':>8}")
    for name, (wall, cpu) in runs:
        print(f"{name:48} {wall:7.3f} {cpu:7.3f} {len(texts) / wall:8.0f} {mbytes / wall:7.2f} {base / wall:7.2f}x")
    if args.json:
        print(json.dumps({"documents": len(texts), "mbytes": mbytes, "source": source, "cores": cores,
                          "runs": [{"name": n, "wall": w, "cpu": c} for n, (w, c) in runs]}, indent=1))


if __name__ == "__main__":
    main()
