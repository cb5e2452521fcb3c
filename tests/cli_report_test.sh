#!/usr/bin/env bash
# CLI tests of the viewing commands: cli_report_test.sh <rhetor-cli> <repo-root>
# report, highlight, compare, analyze -f csv|tsv, directory inputs, --text-key/--id-key.
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 <rhetor-cli> <repo-root>" >&2
  exit 2
fi
CLI=$1
ROOT=$2
SAMPLE=$ROOT/examples/sample-op-ed.txt
TMP=$(mktemp -d "${TMPDIR:-/tmp}/rhetor_cli_report.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $1"; [ -n "${2:-}" ] && printf '  %s\n' "$2"; failures=$((failures + 1)); }
pass() { echo "ok:   $1"; }
# run <name> <expected exit> <cmd...>: stdout in $TMP/out, stderr in $TMP/err
run() {
  local name=$1 expect=$2
  shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"
  local rc=$?
  if [ "$rc" -ne "$expect" ]; then fail "$name: exit $rc, expected $expect" "stderr: $(head -c 400 "$TMP/err")"; return 1; fi
  return 0
}
has() {  # has <name> <file> <fixed string>
  if grep -qF -- "$3" "$2"; then pass "$1"; else fail "$1: $2 lacks \"$3\"" "$(head -c 300 "$2")"; fi
}
lacks() {
  if grep -qF -- "$3" "$2"; then fail "$1: $2 holds \"$3\""; else pass "$1"; fi
}
PY=$(command -v python3 || true)

# report
run "report -o" 0 "$CLI" report "$SAMPLE" -o "$TMP/r.html" && has "report: a page" "$TMP/r.html" "</html>"
has "report: matches carry offsets" "$TMP/r.html" 'data-match="0"'
run "report to stdout" 0 "$CLI" report --title "My <title>" "$SAMPLE" && has "report: title escaped" "$TMP/out" "My &lt;title&gt;"
printf '{"id":"a","text":"It is certainly a sham."}\n{"id":"b","text":"Officials said it may be corrupt."}\n' >"$TMP/two.jsonl"
run "report from jsonl" 0 "$CLI" report -i jsonl "$TMP/two.jsonl" && has "report: index of two" "$TMP/out" 'class="index"'
run "report: no input" 1 "$CLI" report "$TMP/missing.txt"

# highlight
run "highlight never" 0 "$CLI" highlight --color never "$SAMPLE"
lacks "highlight never: no escapes" "$TMP/out" $'\033['
has "highlight never: bracketed matches" "$TMP/out" "]{"
run "highlight always" 0 "$CLI" highlight --color always "$SAMPLE" && has "highlight always: ANSI" "$TMP/out" $'\033[1;31m'
has "highlight: one-line legend" "$TMP/out" "quoted voice"
run "highlight auto to a pipe" 0 "$CLI" highlight "$SAMPLE" && lacks "highlight auto: no colour in a pipe" "$TMP/out" $'\033['
if command -v script >/dev/null; then
  NO_COLOR=1 script -qc "$CLI highlight $SAMPLE" /dev/null >"$TMP/tty" 2>&1
  lacks "highlight auto on a TTY honours NO_COLOR" "$TMP/tty" $'\033[1;31m'
  env -u NO_COLOR script -qc "$CLI highlight $SAMPLE" /dev/null >"$TMP/tty" 2>&1
  has "highlight auto on a TTY: colour" "$TMP/tty" $'\033[1;31m'
fi

# csv / tsv
for level in document paragraph sentence match attribution; do
  run "csv --level $level" 0 "$CLI" analyze -f csv --level "$level" "$SAMPLE" && has "csv $level: id first" "$TMP/out" "id,"
done
run "csv -o" 0 "$CLI" analyze -f csv --level match "$SAMPLE" -o "$TMP/m.csv"
has "csv -o: match columns" "$TMP/m.csv" "id,match,paragraph,sentence,start,end,category,text,entry,tags,weight,voice"
run "tsv" 0 "$CLI" analyze -f tsv --level sentence "$SAMPLE" && has "tsv: tab separated" "$TMP/out" $'id\tparagraph\tsentence'
printf '{"key":7,"body":"It is certainly, \\"obviously\\" a sham,\\nsaid one."}\n' >"$TMP/keys.jsonl"
run "csv --text-key --id-key" 0 "$CLI" analyze -f csv --level match -i jsonl --text-key body --id-key key "$TMP/keys.jsonl"
has "csv: numeric id echoed" "$TMP/out" $'\n7,'
if [ -n "$PY" ]; then
  "$CLI" analyze -f csv --level sentence "$SAMPLE" >"$TMP/s.csv"
  if "$PY" - "$TMP/s.csv" "$SAMPLE" <<'PYEOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
text = open(sys.argv[2], encoding="utf-8").read()
assert rows and all(text[int(r["start"]):int(r["end"])] == r["text"] for r in rows), "sentence text != text[start:end]"
PYEOF
  then pass "csv read back by Python's csv: text[start:end] == text"; else fail "csv read back by Python's csv"; fi
fi

# directories: *.txt and *.md recursively, binary files skipped with a warning
mkdir -p "$TMP/dir/sub"
cp "$SAMPLE" "$TMP/dir/a.txt"
printf 'It is certainly a sham.\n' >"$TMP/dir/sub/b.md"
printf 'ignored\n' >"$TMP/dir/c.json"
printf 'bin\0ary certainly\n' >"$TMP/dir/sub/d.txt"
run "directory input" 0 "$CLI" analyze -f csv --level document "$TMP/dir"
[ "$(grep -c '^/' "$TMP/out")" -eq 2 ] && pass "directory: two documents (txt, md)" || fail "directory: expected 2 rows" "$(cat "$TMP/out")"
has "directory: binary file skipped with a warning" "$TMP/err" "binary file"

# compare
run "compare table" 0 "$CLI" compare "$SAMPLE" "$TMP/dir/sub/b.md" && has "compare: cosine" "$TMP/out" "cosine similarity"
run "compare json" 0 "$CLI" compare -f json "$SAMPLE" "$TMP/dir/sub/b.md" -o "$TMP/c.json"
printf '{"text":"It is probably a sham."}\n{"text":"The regime certainly lied, officials said."}\n{"text":"Perhaps."}\n' >"$TMP/ref.jsonl"
run "compare --reference" 0 "$CLI" compare -f json --reference "$TMP/ref.jsonl" "$SAMPLE" "$TMP/dir/sub/b.md" -o "$TMP/z.json"
if [ -n "$PY" ]; then
  if "$PY" - "$TMP/c.json" "$TMP/z.json" <<'PYEOF'
import json, sys
c, z = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert len(c["cosine"]) == 2 and all(len(r) == 2 for r in c["cosine"]), c["cosine"]
assert abs(c["cosine"][0][0] - 1) < 1e-6 and c["cosine"][0][1] == c["cosine"][1][0]
assert "z" in z["documents"][0] and z["reference"]["documents"] == 3
PYEOF
  then pass "compare json: cosine matrix, z-scores"; else fail "compare json shape"; fi
fi
run "compare: one document" 2 "$CLI" compare "$SAMPLE"

echo
if [ $failures -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "all viewing-command checks passed"
