#!/usr/bin/env bash
# Retrains the tagger model from ../shared/ud-ewt and checks that it reproduces
# the shipped models/en-ewt/tagger.model byte for byte (the trainer is
# deterministic: one thread, fixed seed, fixed epochs). Takes well under a minute.
#
#   bash scripts/train_tagger.sh            # build, train, compare
#   bash scripts/train_tagger.sh --install  # ... and replace the shipped model
set -euo pipefail
cd "$(dirname "$0")/.."
ewt=../shared/ud-ewt
if [[ ! -f $ewt/en_ewt-ud-train.conllu ]]; then
  echo "train_tagger.sh: UD English EWT not found in $ewt" >&2
  exit 1
fi
build=build/train
cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release -DRHETOR_BUILD_TESTS=OFF -DRHETOR_BUILD_BENCH=OFF \
      -DRHETOR_BUILD_CLI=OFF -DRHETOR_BUILD_PYTHON=OFF -DRHETOR_INSTALL=OFF -DRHETOR_BUILD_TOOLS=ON > /dev/null
cmake --build $build --target train_tagger -j2
out=$build/tagger.model
# The hyperparameters are the trainer's defaults (tuned on dev); --test prints the test figures.
$build/tools/train_tagger --ewt $ewt --out $out --test
if [[ ${1:-} == --install ]]; then
  cp $out models/en-ewt/tagger.model
  echo "installed $out as models/en-ewt/tagger.model"
fi
if cmp $out models/en-ewt/tagger.model; then
  echo "OK: the retrained model is byte-for-byte identical to models/en-ewt/tagger.model"
else
  echo "MISMATCH: the retrained model differs from models/en-ewt/tagger.model" >&2
  exit 1
fi
