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
  [ "$lines" -eq 5 ] && pass "one output line per input line, blank ones included" || fail "expected 5 output lines, got $lines" "$(cut -c1-120 "$TMP/out")"
  sed -n 4p "$TMP/out" | grep -qx '{"line":4,"skipped":"blank"}' && pass "a blank line is answered as skipped" || fail "line 4 is not the blank-line answer" "$(sed -n 4p "$TMP/out")"
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

# --- JSONL: every line answered, line-aligned (issue 11) -------------------------------
{
  printf '{"text":"a","x":1e400}\n'
  printf '{"id":12345678901234567890123,"text":"It is certain."}\n'
  printf '{"id":1.10,"text":"x"}\n'
  printf '{"id": [1, {"k":"}]"}] ,"text":"x"}\n'
  python3 -c 'print("{\"id\":" + "[" * 100000 + "]" * 100000 + ",\"text\":\"a\"}")'
  python3 -c 'print("{\"text\":\"" + "x" * 1000000)'
  printf '\n'
  printf '{"text":"last line, no newline"}'
} >"$TMP/hostile.jsonl"
for j in 1 4; do
  if run "hostile JSONL (-j $j) exits 1" 1 "$CLI" analyze -i jsonl -j $j "$TMP/hostile.jsonl"; then
    pass "hostile JSONL (-j $j) exits 1"
    [ "$(wc -l <"$TMP/out")" -eq 8 ] && pass "-j $j: 8 input lines, 8 output lines" || fail "-j $j: $(wc -l <"$TMP/out") output lines for 8 input lines"
    sed -n 1p "$TMP/out" | grep -q '^{"error":"number out of range.*"line":1}$' && pass "-j $j: 1e400 is that line's error" || fail "-j $j: line 1 is not a range error" "$(sed -n 1p "$TMP/out" | cut -c1-200)"
    sed -n 2p "$TMP/out" | grep -q '^{"id":12345678901234567890123,' && pass "-j $j: big integer id echoed byte for byte" || fail "-j $j: big id not echoed as written" "$(sed -n 2p "$TMP/out" | cut -c1-80)"
    sed -n 3p "$TMP/out" | grep -q '^{"id":1.10,' && pass "-j $j: id 1.10 echoed byte for byte" || fail "-j $j: 1.10 not echoed as written" "$(sed -n 3p "$TMP/out" | cut -c1-80)"
    sed -n 4p "$TMP/out" | grep -qF '{"id":[1, {"k":"}]"}],' && pass "-j $j: structured id echoed byte for byte" || fail "-j $j: structured id changed" "$(sed -n 4p "$TMP/out" | cut -c1-80)"
    sed -n 5p "$TMP/out" | grep -q '"error":"JSON nested deeper than 64 levels","line":5' && pass "-j $j: deep nesting is a per-line error" || fail "-j $j: line 5 is not a nesting error" "$(sed -n 5p "$TMP/out" | cut -c1-200)"
    [ "$(sed -n 6p "$TMP/out" | wc -c)" -lt 600 ] && pass "-j $j: error for a 1 MB line is short" || fail "-j $j: error line for the 1 MB line has $(sed -n 6p "$TMP/out" | wc -c) bytes"
    [ "$(wc -c <"$TMP/err")" -lt 3000 ] && pass "-j $j: stderr stays short" || fail "-j $j: stderr has $(wc -c <"$TMP/err") bytes"
    sed -n 7p "$TMP/out" | grep -qx '{"line":7,"skipped":"blank"}' && pass "-j $j: blank line answered" || fail "-j $j: blank line 7 not answered" "$(sed -n 7p "$TMP/out")"
    sed -n 8p "$TMP/out" | grep -q '"matches"' && pass "-j $j: last line without newline analyzed" || fail "-j $j: last line not analyzed" "$(sed -n 8p "$TMP/out" | cut -c1-100)"
  fi
done
# Streaming (issue 10): the answer to line 1 is written while line 2 has not been
# sent yet. A batch that waited for more input would never write it; the loop
# below only bounds the wait (30 s), it times nothing.
for j in 1 2; do
  rm -f "$TMP/fifo" "$TMP/stream.out"
  mkfifo "$TMP/fifo"
  "$CLI" analyze -i jsonl -j $j "$TMP/fifo" >"$TMP/stream.out" 2>"$TMP/stream.err" &
  cli_pid=$!
  exec 7>"$TMP/fifo"
  printf '{"text":"It is likely."}\n' >&7
  for _ in $(seq 300); do [ -s "$TMP/stream.out" ] && break; sleep 0.1; done
  [ "$(wc -l <"$TMP/stream.out")" -eq 1 ] && pass "-j $j: line 1 answered before line 2 arrives" \
    || fail "-j $j: no answer to line 1 while the input stays open"
  printf '{"text":"Surely."}\n' >&7
  exec 7>&-
  wait $cli_pid
  [ "$(wc -l <"$TMP/stream.out")" -eq 2 ] && pass "-j $j: streamed input, 2 lines answered" \
    || fail "-j $j: $(wc -l <"$TMP/stream.out") lines answered for 2 streamed lines"
done
printf '{"text":"It is certain."}\n\n{"text":"ok"}\n' >"$TMP/blank.jsonl"
run "blank lines alone do not change the exit status" 0 "$CLI" analyze -i jsonl "$TMP/blank.jsonl" && pass "blank lines alone do not change the exit status"
python3 -c 'print("{\"text\":\"" + "x" * 5000 + "\"}"); print("{\"text\":\"short\"}")' >"$TMP/long.jsonl"
if run "--max-line-bytes: a longer line is an error" 1 "$CLI" analyze -i jsonl --max-line-bytes 1000 "$TMP/long.jsonl"; then
  pass "--max-line-bytes: a longer line is an error"
  sed -n 1p "$TMP/out" | grep -q '"error":"line longer than 1000 bytes' && pass "too long line: per-line error" || fail "too long line: no per-line error" "$(sed -n 1p "$TMP/out" | cut -c1-200)"
  sed -n 2p "$TMP/out" | grep -q '"matches"' && pass "too long line: the next line is analyzed" || fail "too long line: next line lost" "$(cat "$TMP/out" | cut -c1-200)"
fi

# --- encodings: UTF-16/32 with a BOM are converted to UTF-8 ----------------------------------
python3 -c 'import sys; open(sys.argv[1], "wb").write("It is certainly a puppet of the West.".encode("utf-16"))' "$TMP/u16.txt"
python3 -c 'import sys; open(sys.argv[1], "wb").write("It is certainly a puppet of the West.".encode("utf-16-be").join([b"\xfe\xff", b""]))' "$TMP/u16be.txt"
python3 -c 'import sys; open(sys.argv[1], "wb").write("{\"id\":1,\"text\":\"It is certainly so.\"}\n".encode("utf-32"))' "$TMP/u32.jsonl"
for f in u16.txt u16be.txt; do
  run "$f analyzed" 0 "$CLI" analyze -f jsonl "$TMP/$f" && {
    grep -q '"text":"certainly"' "$TMP/out" && grep -q '"text":"puppet of the West"' "$TMP/out" && pass "$f: converted to UTF-8 and matched" || fail "$f: not converted" "$(head -c 300 "$TMP/out")"
  }
done
run "UTF-32 JSONL analyzed" 0 "$CLI" analyze -i jsonl "$TMP/u32.jsonl" && {
  grep -q '^{"id":1,.*"text":"certainly"' "$TMP/out" && pass "UTF-32 JSONL: converted to UTF-8" || fail "UTF-32 JSONL not converted" "$(head -c 300 "$TMP/out")"
}

# --- output errors -------------------------------------------------------------------------
if [ -w /dev/full ]; then
  "$CLI" analyze "$SAMPLE" >/dev/full 2>"$TMP/err"
  rc=$?
  [ $rc -ne 0 ] && pass "output to a full disk exits non-zero" || fail "output to /dev/full exited 0"
  stderr_has "full disk: message" "cannot write output"
  "$CLI" analyze -i jsonl "$TMP/blank.jsonl" >/dev/full 2>"$TMP/err"
  [ $? -ne 0 ] && pass "JSONL output to a full disk exits non-zero" || fail "JSONL output to /dev/full exited 0"
fi
for i in $(seq 3000); do echo '{"text":"It is certain."}'; done >"$TMP/many.jsonl"
bash -c "'$CLI' analyze -i jsonl '$TMP/many.jsonl' | head -1 >/dev/null" 2>"$TMP/err"
[ ! -s "$TMP/err" ] && pass "a closed pipe ends quietly" || fail "a closed pipe printed a message" "$(head -c 300 "$TMP/err")"

# --- rough edges (issue 9) -----------------------------------------------------------------
run "analyse: unknown command" 2 "$CLI" analyse "$SAMPLE" && stderr_has "analyse: suggestion" "unknown command 'analyse' (did you mean 'analyze'?)"
run "lexicon chek: unknown command" 2 "$CLI" lexicon chek x && stderr_has "lexicon chek: suggestion" "did you mean 'check'?"
run "unknown top-level flag" 2 "$CLI" --bogus && stderr_has "unknown top-level flag: named" "unknown option '--bogus'"
run "unknown analyze flag" 2 "$CLI" analyze --bogus "$SAMPLE" && stderr_has "unknown analyze flag: named" "--bogus"
run "-V prints the version" 0 "$CLI" -V && { grep -qE '^[0-9]+\.[0-9]+\.[0-9]+' "$TMP/out" && pass "-V prints the version" || fail "-V output" "$(cat "$TMP/out")"; }
run "help prints help" 0 "$CLI" help && { grep -q "analyze" "$TMP/out" && pass "help lists the commands" || fail "help output lacks analyze" "$(head -c 300 "$TMP/out")"; }
run "-i jsonl -f table is refused" 2 "$CLI" analyze -i jsonl -f table "$TMP/blank.jsonl" && stderr_has "-i jsonl -f table: message" "cannot be used with it"
run "-i jsonl -f json is refused" 2 "$CLI" analyze -i jsonl -f json "$TMP/blank.jsonl" && pass "-i jsonl -f json is refused"
run "-i jsonl -f jsonl is fine" 0 "$CLI" analyze -i jsonl -f jsonl "$TMP/blank.jsonl" && pass "-i jsonl -f jsonl is fine"
run "--compact with table is refused" 2 "$CLI" analyze --compact "$SAMPLE" && stderr_has "--compact with table: message" "--compact applies to JSON output"
python3 -c 'print(" ".join(["The regime is utterly corrupt and certainly a puppet of the West, officials said."] * 12)); print(); print("It is not certain.")' >"$TMP/wide.txt"
run "table with two-digit counts" 0 "$CLI" analyze "$TMP/wide.txt" && {
  widths=$(sed -n '/^  para/,/^  all/p' "$TMP/out" | awk '{print length($0)}' | sort -u | wc -l)
  [ "$widths" -eq 1 ] && pass "table rows keep their columns with two-digit counts" || fail "table rows differ in width" "$(sed -n '/^  para/,/^  all/p' "$TMP/out")"
}
for n in 1 2; do
  files=("$SAMPLE"); [ $n -eq 2 ] && files=("$SAMPLE" "$TMP/wide.txt")
  run "-f json with $n file(s)" 0 "$CLI" analyze -f json --compact "${files[@]}" && {
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and len(d) == int(sys.argv[2]) and all("document" in r for r in d)' "$TMP/out" $n &&
      pass "-f json with $n file(s) is an array of $n reports" || fail "-f json with $n file(s) is not an array of $n" "$(head -c 200 "$TMP/out")"
  }
done

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

printf '{"body":"Officials said it was over.","url":"doc-7"}\n{"text":"no body here"}\n' >"$TMP/keys.jsonl"
run "--text-key/--id-key with jsonl output" nonzero "$CLI" analyze -i jsonl --text-key body --id-key url --compact "$TMP/keys.jsonl" && {
  head -n 1 "$TMP/out" | grep -q '^{"id":"doc-7",' && pass "--id-key member echoed as the id" || fail "--id-key not echoed" "$(head -c 200 "$TMP/out")"
  sed -n 2p "$TMP/out" | grep -q 'string \\"body\\"' && pass "a line without --text-key member is answered with an error" ||
    fail "missing --text-key member not reported" "$(sed -n 2p "$TMP/out" | head -c 200)"
}

# Text files go through the batch engine: in input order on any number of
# threads, a file that cannot be read reported and skipped.
mkdir -p "$TMP/many"
for i in $(seq 1 24); do
  printf 'Document %d. Officials said the plan would certainly fail, and it may.\n' "$i" >"$TMP/many/doc$i.txt"
done
files=()
for i in $(seq 1 24); do files+=("$TMP/many/doc$i.txt"); [ "$i" -eq 12 ] && files+=("$TMP/many/missing.txt"); done
for fmt in jsonl json table; do
  run "text files -f $fmt -j 1" 1 "$CLI" analyze -f "$fmt" -j 1 "${files[@]}" && cp "$TMP/out" "$TMP/serial.$fmt"
  if run "text files -f $fmt -j 4" 1 "$CLI" analyze -f "$fmt" -j 4 "${files[@]}"; then
    cmp -s "$TMP/out" "$TMP/serial.$fmt" && pass "text files -f $fmt: -j 4 output equals -j 1" ||
      fail "text files -f $fmt: -j 4 output differs from -j 1" "$(diff "$TMP/out" "$TMP/serial.$fmt" | head -c 300)"
    stderr_has "text files -f $fmt: the unreadable file is named" "missing.txt"
  fi
done
[ "$(grep -c '"id":' "$TMP/serial.jsonl")" -eq 24 ] && pass "text files: one report per readable file" ||
  fail "text files: expected 24 reports" "$(grep -c '"id":' "$TMP/serial.jsonl")"
head -n 1 "$TMP/serial.jsonl" | grep -q 'doc1.txt' && sed -n 24p "$TMP/serial.jsonl" | grep -q 'doc24.txt' &&
  pass "text files: reports in input order" || fail "text files: reports out of order"
json_ok "$TMP/serial.json" && pass "text files -f json: one valid array"
# ... and so do the viewing commands (a directory, read recursively and sorted)
for cmd in "analyze -f csv --level sentence" "highlight --color never" "compare -f json" "report"; do
  # shellcheck disable=SC2086
  run "$cmd -j 1" 0 "$CLI" $cmd -q -j 1 "$TMP/many" && cp "$TMP/out" "$TMP/serial.view"
  # shellcheck disable=SC2086
  run "$cmd -j 4" 0 "$CLI" $cmd -q -j 4 "$TMP/many" &&
    { cmp -s "$TMP/out" "$TMP/serial.view" && pass "$cmd: -j 4 output equals -j 1" ||
        fail "$cmd: -j 4 output differs from -j 1" "$(diff "$TMP/out" "$TMP/serial.view" | head -c 300)"; }
done

echo
if [ $failures -ne 0 ]; then
  echo "$failures CLI check(s) FAILED"
  exit 1
fi
echo "all CLI checks passed"
exit 0
