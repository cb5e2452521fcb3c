#!/usr/bin/env bash
# tagger_reproduce.sh <train_tagger> <repository root>: retrains the tagger from
# ../shared/ud-ewt and checks that it writes models/en-ewt/tagger.model byte for
# byte (the model must be reproducible by a program in the repository). Exits
# 77 (skipped) where the treebank is absent, as in a user's clone.
set -u
trainer=$1
root=$2
ewt=$root/../shared/ud-ewt
if [[ ! -f $ewt/en_ewt-ud-train.conllu ]]; then
  echo "skipped: UD English EWT not found in $ewt"
  exit 77
fi
out=$(mktemp "${TMPDIR:-/tmp}/rhetor_tagger.XXXXXX")
trap 'rm -f "$out"' EXIT
"$trainer" --ewt "$ewt" --out "$out" >/dev/null || { echo "FAIL: the trainer failed"; exit 1; }
if cmp "$out" "$root/models/en-ewt/tagger.model"; then
  echo "ok: the retrained model is byte-for-byte identical to models/en-ewt/tagger.model"
else
  echo "FAIL: the retrained model differs from models/en-ewt/tagger.model;"
  echo "  a change to the tokenizer or the features changed the training data:"
  echo "  retrain with 'bash scripts/train_tagger.sh --install' and re-measure (docs/EVALUATION.md)"
  exit 1
fi
