#!/usr/bin/env bash
# The CLI's JSONL batch path on 8 threads must equal its serial result
# (run on a ThreadSanitizer build by scripts/test.sh): tsan_batch.sh <rhetor-cli>
set -euo pipefail
cli=$1
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/in.jsonl" <<'PY'
import json, sys
text = open("examples/sample-op-ed.txt", encoding="utf-8").read()
paras = [p for p in text.split("\n\n") if p.strip()]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(300):
        f.write(json.dumps({"id": i, "text": "\n\n".join(paras[i % len(paras):][:3])}) + "\n")
        if i % 50 == 0:
            f.write("\n{\"text\": 1e400}\n")
PY
status=0
"$cli" analyze -i jsonl -j 1 "$tmp/in.jsonl" >"$tmp/serial" 2>/dev/null || status=$?
[ $status -eq 1 ] || { echo "serial run: exit $status, expected 1"; exit 1; }
status=0
"$cli" analyze -i jsonl -j 8 "$tmp/in.jsonl" >"$tmp/parallel" 2>"$tmp/err" || status=$?
if grep -q "ThreadSanitizer" "$tmp/err"; then cat "$tmp/err"; exit 1; fi
[ $status -eq 1 ] || { echo "parallel run: exit $status, expected 1"; head -c 2000 "$tmp/err"; exit 1; }
cmp -s "$tmp/serial" "$tmp/parallel" || { echo "-j 8 output differs from -j 1"; exit 1; }
echo "tsan batch: $(wc -l <"$tmp/parallel") lines, -j 8 equals -j 1, no race reported"

# Text files and the viewing commands on the same engine, with an unreadable
# (binary) file among them: the reader's warning must not race the output.
mkdir -p "$tmp/docs"
for i in $(seq 10 40); do sed -n "$((i % 20 + 1)),+6p" examples/sample-op-ed.txt >"$tmp/docs/d$i.txt"; done
printf 'binary\0file\n' >"$tmp/docs/d25b.txt"
for cmd in "analyze -f jsonl" "analyze -f csv --level match -q" "highlight --color never" "compare -f json -q"; do
  # shellcheck disable=SC2086
  "$cli" $cmd -j 1 "$tmp"/docs/*.txt >"$tmp/serial" 2>/dev/null || true
  # shellcheck disable=SC2086
  "$cli" $cmd -j 8 "$tmp"/docs/*.txt >"$tmp/parallel" 2>"$tmp/err" || true
  if grep -q "ThreadSanitizer" "$tmp/err"; then cat "$tmp/err"; exit 1; fi
  cmp -s "$tmp/serial" "$tmp/parallel" || { echo "$cmd: -j 8 output differs from -j 1"; exit 1; }
done
echo "tsan batch: text files and viewing commands, -j 8 equals -j 1, no race reported"
