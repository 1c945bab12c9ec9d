#!/usr/bin/env bash
# Generates the Kotlin (JVM and Android flavours), Swift and Python bindings
# from the unstripped host library with the pinned bindgen.
#
#   bash scripts/generate-bindings.sh [OUT_DIR]     (default: $TARGET/bindings)
#
# OUT_DIR/kotlin           Kotlin for a plain JVM: package org.doctrack (the
#                          store API) and org.doctrack.core (records, enums,
#                          the error; docs/adr/0017)
# OUT_DIR/kotlin-android   the same for Android (android.os.Build, SystemCleaner)
# OUT_DIR/swift            DocTrack.swift + DocTrackCore.swift, their C headers
#                          and module maps
# OUT_DIR/python           doctrack.py + doctrack_core.py and a copy of the library
#
# The library and the bindgen are built in one cargo call with the
# workspace's features, so they share every crate with `cargo test
# --workspace` (nothing is built twice in the test command). That library
# has the maintainers' features too; the shipped one is built with
# `cargo build -p doctrack-ffi` (scripts/check-size.sh).
#
# Generated code is never edited by hand: change core/ or bindings/ and run
# this again.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${CARGO_TARGET_DIR:-target}"
out="${1:-$target/bindings}"
case "$(uname -s)" in
  Darwin) lib="$target/debug/libdoctrack_ffi.dylib" ;;
  *) lib="$target/debug/libdoctrack_ffi.so" ;;
esac

cargo build -q --locked --workspace --lib --bins
bindgen="$target/debug/uniffi-bindgen"

rm -rf "$out"
mkdir -p "$out"
"$bindgen" generate "$lib" --language kotlin --out-dir "$out/kotlin" --no-format
"$bindgen" generate "$lib" --language kotlin --out-dir "$out/kotlin-android" --no-format \
  --config bindings/uniffi-android.toml
"$bindgen" generate "$lib" --language swift --out-dir "$out/swift" --no-format
"$bindgen" generate "$lib" --language python --out-dir "$out/python" --no-format
for flavour in kotlin kotlin-android; do
  for file in org/doctrack/doctrack.kt org/doctrack/core/doctrack_core.kt; do
    [ -f "$out/$flavour/$file" ] || { echo "the $flavour bindings lack $file" >&2; exit 1; }
  done
done
for file in DocTrack.swift DocTrackCore.swift; do
  [ -f "$out/swift/$file" ] || { echo "the Swift bindings lack $file" >&2; exit 1; }
done
# The Android flavour must differ from the JVM one (if --config were ignored,
# both would silently be the same). Only the store API has objects, so only
# its file differs (the cleaner); neither JVM file may import Android.
grep -q "android.os.Build" "$out/kotlin-android/org/doctrack/doctrack.kt" || {
  echo "the Android flavour of the Kotlin bindings was not generated with android = true" >&2
  exit 1
}
for file in org/doctrack/doctrack.kt org/doctrack/core/doctrack_core.kt; do
  ! grep -q "android.os.Build" "$out/kotlin/$file" || {
    echo "the JVM flavour of $file imports android.os.Build" >&2
    exit 1
  }
done
# Python loads the library from the generated modules' own folder.
cp "$lib" "$out/python/"
echo "bindings generated in $out"
