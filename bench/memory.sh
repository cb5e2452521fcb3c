#!/usr/bin/env bash
# Memory of one huge document, per input byte (issue 10).
#   bash bench/memory.sh [BUILD_DIR]     (default: build)
# 1. bench/memory_per_byte.cpp: working memory of Analyzer::analyze (peak RSS
#    during the call minus RSS before it, the input excluded), 10 and 50 MB.
# 2. The CLI end to end on a 50 MB document (table output): peak RSS of the whole
#    process (input, lexicon, Report, output) over the input bytes.
# RHETOR_CLI=path measures another CLI binary (e.g. one built before a change).
# The document is news text from ../shared/eval/dev, else examples/ repeated.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
for mb in 10 50; do "$build/bench/rhetor_memory_per_byte" "$mb"; done

doc=$(mktemp /tmp/rhetor-memory-XXXXXX.txt)
trap 'rm -f "$doc"' EXIT
python3 - "$here" "$doc" <<'PY'
import json, os, sys
here, out = sys.argv[1], sys.argv[2]
texts = []
for name in ("ptc-train.jsonl", "polnear-train.jsonl"):
    path = os.path.join(here, "..", "shared", "eval", "dev", name)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
if not texts:
    texts = [open(os.path.join(here, "examples", "sample-op-ed.txt"), encoding="utf-8").read()]
with open(out, "w", encoding="utf-8") as f:
    size = 0
    while size < 50_000_000:
        for t in texts:
            f.write(t + "\n\n")
            size += len(t.encode()) + 2
            if size >= 50_000_000:
                break
PY
bytes=$(stat -c %s "$doc")
/usr/bin/time -f "%M %e" -o "$doc.time" "${RHETOR_CLI:-$build/rhetor}" analyze "$doc" > /dev/null
read -r kb seconds < "$doc.time"
rm -f "$doc.time"
python3 -c "import sys; kb, b, s = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]; print(f'CLI analyze (table) on {b/1e6:.1f} MB: {kb/1e3:.0f} MB peak RSS, {kb*1024/b:.2f} bytes per input byte, {s} s')" "$kb" "$bytes" "$seconds"
