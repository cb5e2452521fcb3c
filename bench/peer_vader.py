#!/usr/bin/env python3
"""Side by side with NLTK's VADER: throughput, and how well each separates
biased from neutral sentences on BABE (ROC-AUC), on the same texts.

  /usr/bin/python3 bench/peer_vader.py [path/to/rhetor]

Needs ../shared (the VADER lexicon in shared/peers, the news texts in
shared/eval/dev) and Debian's python3-nltk; skips with a message otherwise.
VADER is peer data for comparison only: it is read from ../shared, never copied.
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(REPO), "shared")
CLI = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("RHETOR_CLI", os.path.join(REPO, "build", "rel", "rhetor"))


def skip(msg):
    print("skipped: " + msg)
    sys.exit(0)


def roc_auc(scores, labels):
    pairs = sorted(zip(scores, labels))
    pos = sum(labels)
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(pairs):  # average ranks over ties
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        avg = (i + j + 1) / 2.0
        rank_sum += avg * sum(l for _, l in pairs[i:j])
        i = j
    return (rank_sum - pos * (pos + 1) / 2.0) / (pos * neg)


def load(name, limit=None):
    path = os.path.join(SHARED, "eval", "dev", name)
    recs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            recs.append(json.loads(line))
            if limit and len(recs) >= limit:
                break
    return recs


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_rhetor(texts, compact=True, repeat=1, cpu=None):
    """Reports and the best wall time of `repeat` runs of the CLI on the texts as JSONL;
    `cpu`, a list, receives the CPU seconds (user + system) of each run."""
    payload = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)).encode()
    args = [CLI, "analyze", "--input-format", "jsonl", "--format", "jsonl"] + (["--compact"] if compact else [])
    best = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), children_cpu()
        out = subprocess.run(args, input=payload, capture_output=True, check=True).stdout
        best = min(best, time.perf_counter() - t0)
        if cpu is not None:
            cpu.append(children_cpu() - c0)
    return [json.loads(l) for l in out.decode().splitlines()], best


def main():
    vader_path = os.path.join(SHARED, "peers", "vader_lexicon.txt")
    if not os.path.exists(vader_path):
        skip("../shared/peers/vader_lexicon.txt not found")
    if not os.path.exists(CLI):
        skip("rhetor CLI not found at " + CLI)
    try:
        from nltk.sentiment.vader import SentimentIntensityAnalyzer
    except ImportError:
        skip("python3-nltk not installed")
    # NLTK 3.8 chokes on the file's trailing newline: strip it into a temp copy.
    with open(vader_path, encoding="utf-8") as f:
        lex = f.read().rstrip("\n")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
        tmp.write(lex)
    vader = SentimentIntensityAnalyzer(lexicon_file="file:" + tmp.name)
    os.unlink(tmp.name)

    news = [r["text"] for r in load("ptc-train.jsonl")] + [r["text"] for r in load("polnear-train.jsonl", 400)]
    mb = sum(len(t.encode()) for t in news) / 1e6
    t0, c0 = time.perf_counter(), time.process_time()
    for t in news:
        vader.polarity_scores(t)
    v_dt, v_cpu = time.perf_counter() - t0, time.process_time() - c0
    full_cpu, compact_cpu = [], []
    _, full_dt = run_rhetor(news, compact=False, repeat=5, cpu=full_cpu)
    _, compact_dt = run_rhetor(news, compact=True, repeat=5, cpu=compact_cpu)
    print(f"throughput on {len(news)} news articles ({mb:.2f} MB), load average {os.getloadavg()[0]:.2f}:")
    print(f"  VADER (NLTK, whole text) {mb / v_dt:8.2f} MB/s")
    print(f"  rhetor CLI, jsonl in and out, full output (incl. process start; best of 5) "
          f"{mb / full_dt:8.2f} MB/s  {v_dt / full_dt:6.1f}x VADER")
    print(f"  rhetor CLI, jsonl in and out, --compact                                    "
          f"{mb / compact_dt:8.2f} MB/s  {v_dt / compact_dt:6.1f}x VADER")
    # CPU seconds depend less on what else the machine runs than wall time does.
    print(f"  CPU seconds: VADER {v_cpu:.2f}, rhetor full {min(full_cpu):.3f} ({v_cpu / min(full_cpu):.1f}x), "
          f"--compact {min(compact_cpu):.3f} ({v_cpu / min(compact_cpu):.1f}x)")

    babe = load("babe-sg1.jsonl")
    texts = [r["text"] for r in babe]
    labels = [r["unit_labels"]["bias"][0] for r in babe]
    v_neg = [vader.polarity_scores(t)["neg"] for t in texts]
    v_abs = [abs(vader.polarity_scores(t)["compound"]) for t in texts]
    reports, _ = run_rhetor(texts)
    r_loaded = [r["document"]["scores"]["loaded"] for r in reports]
    print(f"BABE sentence bias ROC-AUC ({len(texts)} sentences):")
    print(f"  VADER neg                {roc_auc(v_neg, labels):.3f}")
    print(f"  VADER |compound|         {roc_auc(v_abs, labels):.3f}")
    print(f"  rhetor loaded weight     {roc_auc(r_loaded, labels):.3f}")


if __name__ == "__main__":
    main()
