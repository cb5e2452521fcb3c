#!/usr/bin/env bash
# pkgconfig_test.sh <install-prefix> <consumer main.cpp> <work-dir> <c++ compiler>
# Builds the consumer from plain `pkg-config --cflags --libs rhetor` against an
# installed tree that has been moved: the .pc prefix is ${pcfiledir}-relative and
# the static library's ICU is on the Libs line.
set -eu
PREFIX=$1 MAIN=$2 WORK=$3 CXX=$4
rm -rf "$WORK" && mkdir -p "$WORK"
cp -a "$PREFIX" "$WORK/moved"
pc=$(find "$WORK/moved" -name rhetor.pc | head -1)
[ -n "$pc" ] || { echo "FAIL: no rhetor.pc under $PREFIX"; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc")
prefix=$(pkg-config --variable=prefix rhetor)
[ "$(cd "$prefix" && pwd)" = "$(cd "$WORK/moved" && pwd)" ] || { echo "FAIL: prefix $prefix is not the moved tree"; exit 1; }
libs=$(pkg-config --libs rhetor)
case $libs in *-licuuc*) ;; *) echo "FAIL: pkg-config --libs lacks ICU: $libs"; exit 1 ;; esac
# shellcheck disable=SC2046
"$CXX" -std=c++20 -O0 "$MAIN" -o "$WORK/consumer" $(pkg-config --cflags rhetor) $libs
"$WORK/consumer"
echo "ok: consumer built from pkg-config against a moved install tree"
