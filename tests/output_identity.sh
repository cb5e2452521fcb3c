#!/usr/bin/env bash
# Output identity: the CLI's outputs compared with outputs recorded earlier, so
# that a change to a writer or a parser is proven not to change a byte.
#
#   output_identity.sh check|record owned|shared <rhetor-cli> <repo-root>
#
# owned:  texts the project owns (examples/, tests/fuzz/seeds/, tests/identity/);
#         the full outputs are kept in tests/expected/owned/ and compared byte for byte.
# shared: ../shared/eval/dev/*.jsonl (not ours, never copied): only SHA-256
#         digests of the outputs are kept, in tests/expected/shared-eval-dev.sha256.
#         Exits 77 (ctest: skipped) when ../shared is absent.
#
# Re-record (after an intended change of the analysis) with scripts/record_outputs.sh.
set -uo pipefail

if [ $# -ne 4 ] || { [ "$1" != check ] && [ "$1" != record ]; } || { [ "$2" != owned ] && [ "$2" != shared ]; }; then
  echo "usage: $0 check|record owned|shared <rhetor-cli> <repo-root>" >&2
  exit 2
fi
MODE=$1 SET=$2 CLI=$(realpath "$3") ROOT=$(realpath "$4")
EXPECTED=$ROOT/tests/expected
SHARED_DEV=$ROOT/../shared/eval/dev
export LC_ALL=C  # glob order and sort order must not depend on the locale

[ -x "$CLI" ] || { echo "FAIL: CLI not found or not executable: $CLI"; exit 1; }

cd "$ROOT" || exit 1  # globs and ids ("name") are relative to the repository root
TMP=$(mktemp -d "${TMPDIR:-/tmp}/rhetor_identity.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

explain() {
  cat <<EOF

The CLI's output is no longer what was recorded in tests/expected/.
- If you changed only how output is written or input is read, this is a bug:
  the change must leave every byte as it was.
- If you changed the analysis on purpose (another issue's work), re-record with
    scripts/record_outputs.sh
  and commit tests/expected/ together with that change, saying why in the message.
EOF
}

# --- owned texts: full outputs ------------------------------------------------------
# Each run: <output file name> <expected exit status> <arguments...>. Paths are
# relative to the repository root so that ids ("name") do not depend on the checkout.
owned_runs() {
  local texts=(examples/sample-op-ed.txt tests/fuzz/seeds/analyze/*)
  local records=tests/identity/records.jsonl
  run text.json 0 analyze -f json "${texts[@]}"
  run text-compact.json 0 analyze -f json --compact "${texts[@]}"
  run text.jsonl 0 analyze -f jsonl "${texts[@]}"
  run text-compact.jsonl 0 analyze -f jsonl --compact "${texts[@]}"
  run text.table 0 analyze -f table "${texts[@]}"
  local level
  for level in document paragraph sentence match attribution; do
    run "text-$level.csv" 0 analyze -q -f csv --level "$level" "${texts[@]}"
    run "records-$level.csv" 0 analyze -q -i jsonl -f csv --level "$level" "$records"
  done
  run text-document.tsv 0 analyze -q -f tsv --level document "${texts[@]}"
  run text-match.tsv 0 analyze -q -f tsv --level match "${texts[@]}"
  run records.jsonl 0 analyze -i jsonl "$records"
  run records-compact.jsonl 0 analyze -i jsonl --compact "$records"
  run records-id-key.jsonl 0 analyze -i jsonl --id-key extra "$records"
  run records-errors.jsonl 1 analyze -i jsonl tests/identity/records-errors.jsonl
  run records-utf16le.jsonl 0 analyze -i jsonl tests/identity/records-utf16le.jsonl
  run records-utf8bom.jsonl 0 analyze -i jsonl tests/identity/records-utf8bom.jsonl
  run records-compare.json 0 compare -q -i jsonl -f json "$records"
  run records-highlight.txt 0 highlight -q --color never -i jsonl "$records"
}

failures=0
# run <name> <status> <args...>: stdout into $OUT/<name>, the exit status into $OUT/exit-status.
run() {
  local name=$1 status=$2
  shift 2
  "$CLI" "$@" >"$OUT/$name" 2>"$TMP/stderr"
  local rc=$?
  echo "$name $rc" >>"$OUT/exit-status"
  if [ "$rc" -ne "$status" ]; then
    echo "FAIL: rhetor $* exited $rc, expected $status: $(head -c 300 "$TMP/stderr")"
    failures=$((failures + 1))
  fi
}

if [ "$SET" = owned ]; then
  if [ "$MODE" = record ]; then OUT=$EXPECTED/owned; rm -rf "$OUT"; else OUT=$TMP/owned; fi
  mkdir -p "$OUT"
  owned_runs
  if [ "$MODE" = record ]; then
    echo "recorded $(ls "$OUT" | wc -l) files in tests/expected/owned/"
    exit $((failures > 0))
  fi
  for expected in "$EXPECTED"/owned/*; do
    name=$(basename "$expected")
    if [ ! -e "$OUT/$name" ]; then
      echo "FAIL: $name is recorded but no longer produced"
      failures=$((failures + 1))
    elif cmp -s "$expected" "$OUT/$name"; then
      echo "ok:   $name"
    else
      echo "FAIL: $name differs from tests/expected/owned/$name ($(cmp "$expected" "$OUT/$name" 2>&1 | head -1)):"
      diff "$expected" "$OUT/$name" | head -8 | cut -c1-300
      failures=$((failures + 1))
    fi
  done
  for produced in "$OUT"/*; do
    [ -e "$EXPECTED/owned/$(basename "$produced")" ] || {
      echo "FAIL: $(basename "$produced") is produced but not recorded"
      failures=$((failures + 1))
    }
  done
  [ $failures -eq 0 ] && { echo "all owned outputs are byte-identical to the recorded ones"; exit 0; }
  explain
  exit 1
fi

# --- ../shared/eval/dev: digests only ------------------------------------------------
if [ ! -d "$SHARED_DEV" ]; then
  echo "SKIP: $SHARED_DEV is absent (the shared evaluation data); only the owned outputs are checked"
  exit 77
fi
DIGESTS=$EXPECTED/shared-eval-dev.sha256
digest_runs() {
  local file
  for file in $(cd "$SHARED_DEV" && ls *.jsonl); do
    digest "$file" jsonl analyze -i jsonl -f jsonl "$file"
    digest "$file" jsonl-compact analyze -i jsonl -f jsonl --compact "$file"
    digest "$file" json-whole-file analyze -f json "$file"  # the file as one text document: the indented writer
    digest "$file" csv-match analyze -q -i jsonl -f csv --level match "$file"
  done
}
# digest <file> <label> <args...>: "<sha256> <file> <label> exit=<status>" on stdout.
digest() {
  local file=$1 label=$2
  shift 2
  (cd "$SHARED_DEV" && "$CLI" "$@" >"$TMP/output" 2>"$TMP/stderr")
  local rc=$?
  echo "$(sha256sum <"$TMP/output" | cut -d' ' -f1) $file $label exit=$rc"
}
digest_runs >"$TMP/digests"
if [ "$MODE" = record ]; then
  cp "$TMP/digests" "$DIGESTS"
  echo "recorded $(wc -l <"$DIGESTS") digests in tests/expected/shared-eval-dev.sha256"
  exit 0
fi
if [ ! -f "$DIGESTS" ]; then
  echo "FAIL: no recorded digests ($DIGESTS)"
  exit 1
fi
if diff <(sort -k2 "$DIGESTS") <(sort -k2 "$TMP/digests") >"$TMP/diff"; then
  echo "all $(wc -l <"$DIGESTS") output digests of ../shared/eval/dev match the recorded ones"
  exit 0
fi
echo "FAIL: output digests differ (< recorded, > now):"
cat "$TMP/diff"
explain
exit 1
