#!/usr/bin/env bash
# Generates the Kotlin (JVM and Android flavours), Swift and Python bindings
# from the unstripped host library with the pinned bindgen.
#
#   bash scripts/generate-bindings.sh [OUT_DIR]     (default: target/bindings)
#
# OUT_DIR/kotlin           Kotlin for a plain JVM (package org.doctrack)
# OUT_DIR/kotlin-android   Kotlin for Android (android.os.Build, SystemCleaner)
# OUT_DIR/swift            DocTrack.swift, DocTrackFFI.h, DocTrackFFI.modulemap
# OUT_DIR/python           doctrack.py and a copy of the library beside it
#
# Generated code is never edited by hand: change bindings/ and run this again.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-target/bindings}"
case "$(uname -s)" in
  Darwin) lib=target/debug/libdoctrack_ffi.dylib ;;
  *) lib=target/debug/libdoctrack_ffi.so ;;
esac

cargo build -q --locked -p doctrack-ffi
# Built on its own (-p), so uniffi's CLI features never reach the library.
cargo build -q --locked -p uniffi-bindgen
bindgen=target/debug/uniffi-bindgen

rm -rf "$out"
mkdir -p "$out"
"$bindgen" generate "$lib" --language kotlin --out-dir "$out/kotlin" --no-format
"$bindgen" generate "$lib" --language kotlin --out-dir "$out/kotlin-android" --no-format \
  --config bindings/uniffi-android.toml
"$bindgen" generate "$lib" --language swift --out-dir "$out/swift" --no-format
"$bindgen" generate "$lib" --language python --out-dir "$out/python" --no-format
# The Android flavour must differ from the JVM one (if --config were ignored,
# both would silently be the same).
grep -q "android.os.Build" "$out/kotlin-android/org/doctrack/doctrack.kt" || {
  echo "the Android flavour of the Kotlin bindings was not generated with android = true" >&2
  exit 1
}
! grep -q "android.os.Build" "$out/kotlin/org/doctrack/doctrack.kt" || {
  echo "the JVM flavour of the Kotlin bindings imports android.os.Build" >&2
  exit 1
}
# Python loads the library from the generated module's own folder.
cp "$lib" "$out/python/"
echo "bindings generated in $out"
