#!/usr/bin/env bash
# Every benchmark of issue 14 in one run, and the table of results.
#
#   bash scripts/bench.sh            a look: writes target/bench-results/results.md
#   bash scripts/bench.sh --write    also replaces the committed bench-results/results.md
#   bash scripts/bench.sh --quick    shorter: scale up to 10,000 documents only
#   options: --no-sqlcipher (skip the SQLCipher peer, which builds OpenSSL:
#            ~3 minutes the first time), --no-kotlin (skip the JVM side)
#
# What runs (release profile: opt-level "z", LTO, one codegen unit):
#   criterion benches in core/ (store workload on doctrack and plain rusqlite,
#   open latency and photos, the 10,000-document app start), the SQLCipher
#   peer in bench/sqlcipher/ (its own workspace), the scale runs (a child
#   process per size, peak RSS), the FFI dashboard in Rust and from Kotlin on
#   the JVM (Maven, against target/release/libdoctrack_ffi.so), and the
#   stripped size of the release library with a per-crate breakdown
#   (scripts/size-breakdown.py). Method: docs/adr/0016-benchmarks-and-size.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# Cargo's target folder, absolute (CARGO_TARGET_DIR or target/).
target="$(mkdir -p "${CARGO_TARGET_DIR:-target}" && cd "${CARGO_TARGET_DIR:-target}" && pwd)"
export CARGO_TARGET_DIR="$target"
# Every release build here is linked as the shipped library is (packed
# relative relocations, see scripts/check-size.sh), so the benchmarks and
# the size check share one build.
user_rustflags="${RUSTFLAGS:-}"
if [ "$(uname -s)" = Linux ]; then
  export RUSTFLAGS="$user_rustflags -C link-arg=-Wl,-z,pack-relative-relocs"
fi

write=0 quick=0 sqlcipher=1 kotlin=1
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    --quick) quick=1 ;;
    --no-sqlcipher) sqlcipher=0 ;;
    --no-kotlin) kotlin=0 ;;
    *) echo "unknown option $arg (see the top of scripts/bench.sh)" >&2; exit 2 ;;
  esac
done

step() { printf '\n==> [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }
results="$target/bench-results"
mkdir -p "$results"
# Old figures must not leak into this run's table.
rm -rf "$target"/criterion/store_workload "$target"/criterion/open "$target"/criterion/photos \
  "$target"/criterion/app_start "$target"/criterion/ffi "$target"/sqlcipher-peer/criterion \
  "$results"/*.json "$results"/size-breakdown.md

step "store workload: doctrack and plain rusqlite (cargo bench --bench store_workload)"
cargo bench -q --locked -p doctrack-core --bench store_workload

if [ "$sqlcipher" = 1 ]; then
  step "store workload: SQLCipher peer (bench/sqlcipher, its own workspace)"
  CARGO_TARGET_DIR="$target/sqlcipher-peer" \
    cargo bench -q --locked --manifest-path bench/sqlcipher/Cargo.toml --bench sqlcipher
fi

step "open latency per key slot, a typical worker's app start, photos (--bench open_and_photos)"
cargo bench -q --locked -p doctrack-core --bench open_and_photos

step "10,000 documents: evaluate, read and decrypt, PBKDF2 unlock (--bench app_start)"
# With --write it also refreshes the committed bench-results/app_start.md.
if [ "$write" = 1 ]; then export DOCTRACK_BENCH_WRITE=1; fi
cargo bench -q --locked -p doctrack-core --bench app_start
unset DOCTRACK_BENCH_WRITE

step "scale: 100 to 100,000 documents, time and peak RSS (--bench scale)"
if [ "$quick" = 1 ]; then export DOCTRACK_SCALE_MAX=10000; fi
cargo bench -q --locked -p doctrack-core --bench scale

step "FFI: the dashboard for 100 documents in Rust (--bench ffi_dashboard)"
cargo bench -q --locked -p doctrack-ffi --bench ffi_dashboard

step "size of the stripped release library (scripts/check-size.sh)"
size_ok=1
bash scripts/check-size.sh --json "$results/size.json" || size_ok=0
python3 scripts/size-breakdown.py "$target/release/libdoctrack_ffi.so" >"$results/size-breakdown.md" \
  || rm -f "$results/size-breakdown.md"

if [ "$kotlin" = 1 ]; then
  step "FFI: the same dashboard from Kotlin on the JVM (Maven, release library)"
  # The bindings come from the debug library (uniffi metadata; same API).
  # (a debug build: with the test command's flags, so nothing is rebuilt)
  RUSTFLAGS="$user_rustflags" bash scripts/generate-bindings.sh "$target/bindings" >/dev/null
  mvn -B -q -f tests/kotlin/pom.xml test -Dtest=DashboardBenchmark \
    -Dgroups=benchmark -Ddoctrack.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Ddoctrack.target="$target" -Ddoctrack.libdir="$target/release" \
    -Ddoctrack.bench.store="$target/bench-data/ffi-100.db" \
    -Ddoctrack.bench.out="$results/kotlin.json"
  # Its report must not show up among the binding tests' (scripts/test-kotlin.sh).
  rm -f tests/kotlin/target/surefire-reports/*DashboardBenchmark*
fi

step "the table"
dest="$results/results.md"
if [ "$write" = 1 ]; then dest=bench-results/results.md; fi
python3 scripts/bench-report.py "$dest"
if [ "$size_ok" = 0 ]; then
  echo "note: the library is above its size budget (scripts/check-size.sh failed)." >&2
fi
