#!/usr/bin/env bash
# Re-records the outputs that tests/output_identity.sh compares against, after a
# change that is meant to change the analysis (never after a change to how output
# is written or input is read: that must leave every byte as it was).
#
#   scripts/record_outputs.sh [build-dir]     (default: build)
#
# Builds the CLI, writes tests/expected/owned/ (full outputs of project-owned
# texts) and tests/expected/shared-eval-dev.sha256 (digests of the outputs for
# ../shared/eval/dev, when present). Review `git diff tests/expected` and commit
# it with the change that caused it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
cmake --build "$BUILD" -j2 --target rhetor_cli
CLI=$BUILD/rhetor
bash "$ROOT/tests/output_identity.sh" record owned "$CLI" "$ROOT"
if [ -d "$ROOT/../shared/eval/dev" ]; then
  bash "$ROOT/tests/output_identity.sh" record shared "$CLI" "$ROOT"
else
  echo "../shared/eval/dev is absent: the shared digests were not re-recorded"
fi
