#!/usr/bin/env bash
# CLI tests: cli_test.sh <path to the rhetor CLI> <repository root>
# Prints one line per check and a clear message for each failure; exits 1 on any failure.
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 <rhetor-cli> <repo-root>" >&2
  exit 2
fi
CLI=$1
ROOT=$2
TMP=$(mktemp -d "${TMPDIR:-/tmp}/rhetor_cli_test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
failures=0

fail() {
  echo "FAIL: $1"
  [ -n "${2:-}" ] && printf '  %s\n' "$2"
  failures=$((failures + 1))
}
pass() { echo "ok:   $1"; }

# run <name> <expected exit: 0|nonzero|N> <cmd...>: runs with stdout/stderr captured in $TMP/out, $TMP/err
run() {
  local name=$1 expect=$2
  shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"
  local rc=$?
  case $expect in
    0) [ $rc -eq 0 ] || { fail "$name: exit $rc, expected 0" "stderr: $(head -c 400 "$TMP/err")"; return 1; } ;;
    nonzero) [ $rc -ne 0 ] || { fail "$name: exit 0, expected a non-zero exit"; return 1; } ;;
    *) [ $rc -eq "$expect" ] || { fail "$name: exit $rc, expected $expect" "stderr: $(head -c 400 "$TMP/err")"; return 1; } ;;
  esac
  return 0
}
stderr_has() {  # stderr_has <name> <fixed string>
  if grep -qF -- "$2" "$TMP/err"; then pass "$1"; else fail "$1: stderr lacks \"$2\"" "stderr: $(head -c 400 "$TMP/err")"; fi
}

have_python=0
command -v python3 >/dev/null 2>&1 && have_python=1
json_ok() {  # json_ok <file>: valid JSON (one document)
  [ $have_python -eq 0 ] && return 0
  python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$1" 2>/dev/null
}

[ -x "$CLI" ] || { echo "FAIL: CLI not found or not executable: $CLI"; exit 1; }

# --- basics -------------------------------------------------------------------------
run "--version" 0 "$CLI" --version && {
  grep -qE '[0-9]+\.[0-9]+\.[0-9]+' "$TMP/out" && pass "--version prints a version" || fail "--version prints no version" "$(cat "$TMP/out")"
}
run "no subcommand is a usage error" nonzero "$CLI" && pass "no subcommand is a usage error"

SAMPLE="$ROOT/examples/sample-op-ed.txt"
run "analyze sample (table)" 0 "$CLI" analyze "$SAMPLE" && {
  grep -q "remains to be seen" "$TMP/out" && pass "table lists the hedge \"remains to be seen\"" ||
    fail "table output lacks \"remains to be seen\"" "$(head -c 400 "$TMP/out")"
}
run "analyze sample --format json" 0 "$CLI" analyze --format json "$SAMPLE" && {
  json_ok "$TMP/out" && pass "json output is valid JSON" || fail "json output is not valid JSON" "$(head -c 300 "$TMP/out")"
}
run "analyze from stdin" 0 bash -c "printf 'It is not certain. The regime is utterly corrupt.' | '$CLI' analyze --format jsonl -" && {
  [ "$(wc -l <"$TMP/out")" -eq 1 ] && pass "stdin gives one JSONL line" || fail "stdin gives $(wc -l <"$TMP/out") lines"
}

# --- unreadable input file --------------------------------------------------------------
MISSING="$TMP/does-not-exist.txt"
if run "missing input file exits non-zero" nonzero "$CLI" analyze "$MISSING"; then
  pass "missing input file exits non-zero"
  stderr_has "missing file: message names the file" "$MISSING"
  stderr_has "missing file: message says it cannot be opened" "cannot open"
fi
# the other inputs are still processed
if run "missing file among good ones" nonzero "$CLI" analyze --format jsonl "$SAMPLE" "$MISSING" "$SAMPLE"; then
  [ "$(wc -l <"$TMP/out")" -eq 2 ] && pass "good inputs still processed next to a missing one" ||
    fail "expected 2 output lines for the 2 readable inputs, got $(wc -l <"$TMP/out")"
fi
if run "directory as input exits non-zero" nonzero "$CLI" analyze "$TMP"; then
  pass "directory as input exits non-zero"
  grep -qF -- "$TMP" "$TMP/err" && pass "directory: message names the path" || fail "directory: stderr does not name $TMP" "$(cat "$TMP/err")"
fi
if [ "$(id -u)" -ne 0 ]; then
  printf 'secret\n' >"$TMP/noperm.txt"
  chmod 000 "$TMP/noperm.txt"
  run "unreadable (chmod 000) file exits non-zero" nonzero "$CLI" analyze "$TMP/noperm.txt" &&
    stderr_has "unreadable file: message names the file" "$TMP/noperm.txt"
  chmod 600 "$TMP/noperm.txt"
else
  echo "skip: permission test (running as root)"
fi
run "missing JSONL input exits non-zero" nonzero "$CLI" analyze --input-format jsonl "$MISSING" &&
  stderr_has "missing JSONL file: message names the file" "$MISSING"

# --- JSONL input with a malformed line ----------------------------------------------------
cat >"$TMP/in.jsonl" <<'EOF'
{"id": "a", "text": "It is not certain."}
{"id": "b", "text": "unterminated
{"id": 3, "text": "There is no doubt."}

{"text": 42}
EOF
if run "malformed JSONL line exits non-zero" nonzero "$CLI" analyze --input-format jsonl --threads 2 "$TMP/in.jsonl"; then
  pass "malformed JSONL line exits non-zero"
  stderr_has "malformed JSONL: stderr names the file and line 2" "in.jsonl:2:"
  stderr_has "bad record (text not a string): stderr names line 5" "in.jsonl:5:"
  if grep -qF "in.jsonl:1:" "$TMP/err" || grep -qF "in.jsonl:3:" "$TMP/err"; then
    fail "good JSONL lines reported as errors" "$(cat "$TMP/err")"
  else
    pass "good JSONL lines are not reported"
  fi
  lines=$(wc -l <"$TMP/out")
  [ "$lines" -eq 4 ] && pass "one output line per non-blank input line" || fail "expected 4 output lines, got $lines" "$(cut -c1-120 "$TMP/out")"
  sed -n 1p "$TMP/out" | grep -q '^{"id":"a",' && pass "id echoed first" || fail "line 1 does not start with the id" "$(sed -n 1p "$TMP/out" | cut -c1-120)"
  sed -n 2p "$TMP/out" | grep -q '"line":2' && pass "error object carries the line number" || fail "line 2 is not an error object with \"line\":2" "$(sed -n 2p "$TMP/out" | cut -c1-200)"
  sed -n 3p "$TMP/out" | grep -q '^{"id":3,' && pass "numeric id echoed as given" || fail "line 3 does not echo id 3" "$(sed -n 3p "$TMP/out" | cut -c1-120)"
  if [ $have_python -eq 1 ]; then
    python3 - "$TMP/out" <<'PY' && pass "every JSONL output line is valid JSON" || fail "some JSONL output line is not valid JSON"
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    json.loads(line)
PY
  fi
fi

# --- lexicons --------------------------------------------------------------------------------
printf '[loaded]\nthug =2\nwar machine =x\n' >"$TMP/bad.lex"
if run "lexicon check: malformed lexicon exits non-zero" nonzero "$CLI" lexicon check "$TMP/bad.lex"; then
  pass "lexicon check: malformed lexicon exits non-zero"
  stderr_has "lexicon check: file:line:column of the error" "$TMP/bad.lex:3:13:"
  stderr_has "lexicon check: quotes the offending text" '"=x"'
fi
if run "analyze with a malformed --lexicon exits non-zero" nonzero "$CLI" analyze -l "$TMP/bad.lex" "$SAMPLE"; then
  pass "analyze with a malformed --lexicon exits non-zero"
  stderr_has "analyze --lexicon: file:line:column" "$TMP/bad.lex:3:13:"
fi
printf '[loaded]\nthug =2\nthug =2\n' >"$TMP/dup.lex"
run "lexicon check: duplicate exits non-zero" nonzero "$CLI" lexicon check "$TMP/dup.lex" && {
  grep -q "duplicate" "$TMP/out" && pass "lexicon check reports the duplicate" || fail "lexicon check does not report the duplicate" "$(cat "$TMP/out")"
}
run "lexicon check: default pack" 0 "$CLI" lexicon check "$ROOT/lexicons/en" && pass "lexicon check: default pack is clean"
run "lexicon stats" 0 "$CLI" lexicon stats && {
  grep -q "loaded" "$TMP/out" && pass "lexicon stats lists categories" || fail "lexicon stats lacks \"loaded\""
}
printf '[fear]\ncatastrophe\n' >"$TMP/extra.lex"
printf 'A catastrophe. Certainly.' >"$TMP/extra.txt"
run "analyze --no-default-lexicon -l extra" 0 "$CLI" analyze "$TMP/extra.txt" --format jsonl --no-default-lexicon -l "$TMP/extra.lex" && {
  grep -q '"category":"fear"' "$TMP/out" && pass "extra category from --lexicon is reported" || fail "no fear match" "$(head -c 300 "$TMP/out")"
  grep -q '"category":"booster"' "$TMP/out" && fail "--no-default-lexicon still used the default pack" || pass "--no-default-lexicon replaces the default pack"
}
run "--no-default-lexicon without --lexicon is an error" nonzero "$CLI" analyze --no-default-lexicon "$SAMPLE" &&
  pass "--no-default-lexicon without --lexicon is an error"

echo
if [ $failures -ne 0 ]; then
  echo "$failures CLI check(s) FAILED"
  exit 1
fi
echo "all CLI checks passed"
exit 0
