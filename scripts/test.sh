#!/usr/bin/env bash
# The whole doctrack test suite. Run from anywhere: `bash scripts/test.sh`.
# Installs what it needs through cargo and rustup (crates, clippy, rustfmt);
# says exactly what is missing otherwise. `.ci/run` calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

# The minimum Rust version is the workspace's rust-version (Cargo.toml).
min_rust=1.91
if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo is missing: install Rust $min_rust or newer with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
rust=$(rustc --version | awk '{print $2}')
if [ "$(printf '%s\n%s\n' "$min_rust" "$rust" | sort -V | head -1)" != "$min_rust" ]; then
  echo "Rust $rust is too old: doctrack needs $min_rust or newer (rustup update stable)." >&2
  exit 1
fi
if ! command -v cc >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1 && ! command -v clang >/dev/null 2>&1; then
  echo "a C compiler is missing (needed for the bundled SQLite and ring): install gcc or clang (Debian: apt-get install build-essential)." >&2
  exit 1
fi
for component in clippy rustfmt; do
  if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
    if command -v rustup >/dev/null 2>&1; then
      step "installing the $component component"
      rustup component add "$component"
    else
      echo "cargo $component is missing: install it with 'rustup component add $component'." >&2
      exit 1
    fi
  fi
done

# The timeline test renders an SVG with headless Chromium (Debian package chromium).
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
    && [ -z "${DOCTRACK_SKIP_BROWSER:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "installing Chromium for the timeline rendering test (apt-get install chromium)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing (the timeline test renders an SVG with it): install it (Debian: sudo apt-get install chromium), or set DOCTRACK_SKIP_BROWSER=1 to skip that one check." >&2
    exit 1
  fi
fi

# The glyph check shapes every text with the Noto fonts (Debian package
# fonts-noto-core).
if [ ! -f /usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf ] && [ -z "${DOCTRACK_NOTO_DIR:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "installing the Noto fonts for the glyph check (apt-get install fonts-noto-core)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core >/dev/null 2>&1 || {
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core >/dev/null
    }
  else
    echo "the Noto fonts are missing (the glyph check shapes every text with them): install them (Debian: sudo apt-get install fonts-noto-core), or set DOCTRACK_NOTO_DIR to a folder holding NotoSans{,Myanmar,Khmer,Lao,Thai}-Regular.ttf." >&2
    exit 1
  fi
fi

# One target folder for every step (CARGO_TARGET_DIR is honoured, made
# absolute so the JVM and Python steps find the same files).
target="$(mkdir -p "${CARGO_TARGET_DIR:-target}" && cd "${CARGO_TARGET_DIR:-target}" && pwd)"
export CARGO_TARGET_DIR="$target"
# A one-off run (CI, a fresh clone) gains nothing from incremental caches,
# which are large: off unless the caller chose.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"; fi

step "formatting (cargo fmt --check)"
cargo fmt --all --check

step "lints (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "unit, property, store, crash, migration and CLI tests (cargo test)"
# The corruption soak and the create/restore kill tests run in the next step,
# with their output shown. Every cargo call below selects the whole
# workspace, so the crates are built once with one set of features.
cargo test --workspace --locked -- \
  --skip random_damage_gives_the_original_data_or_a_typed_error \
  --skip sigkill_during_create_leaves_nothing_or_a_complete_store \
  --skip sigkill_during_restore_leaves_nothing_or_a_complete_store

step "store integrity: corruption soak and SIGKILLs during create and restore"
cargo test -q --workspace --locked --test store_corruption_soak --test store_kill_create_restore -- \
  --nocapture --test-threads=1

step "the CLI, the library for the bindings tests and the pinned bindgen (cargo build --workspace)"
# Links what the tests above compiled: the doctrack CLI, the debug FFI
# library (with the maintainers' features too, as the bindgen needs its
# uniffi metadata) and uniffi-bindgen.
cargo build -q --workspace --locked --lib --bins

step "size budget of the shipped library: release build started in the background"
# The shipped library alone (cargo build --release -p doctrack-ffi: LTO,
# opt-level "z", no maintainers' features), in its own target folder so it
# never waits for (or blocks) the steps below; its result is checked at the
# end (docs/adr/0016, 0019).
size_log="$target/size-check.log"
(CARGO_TARGET_DIR="$target/size" bash scripts/check-size.sh >"$size_log" 2>&1; echo $? >"$size_log.rc") &
size_pid=$!
# A failing step below stops the background build too.
trap 'kill "$size_pid" 2>/dev/null || true' EXIT

step "rule files (doctrack rules check rules/)"
"$target/debug/doctrack" rules check rules

step "rule scenarios (doctrack rules test rules/)"
"$target/debug/doctrack" rules test rules

step "bindings: Kotlin (JVM and Android), Swift and Python from the library (scripts/generate-bindings.sh)"
bash scripts/generate-bindings.sh "$target/bindings"

step "Kotlin binding tests on the JVM (Maven: Kotlin, coroutines, JNA, JUnit 5)"
bash scripts/test-kotlin.sh

step "the Android demo app: every Kotlin file compiled against android-all, JVM unit tests (Maven)"
bash scripts/test-android-demo.sh

step "Python binding tests and Swift checks, the iOS demo app parsed (pytest, tree-sitter-swift, gcc, nm)"
bash scripts/test-python-swift.sh

step "the main job (doctrack demo --today 2026-01-15)"
"$target/debug/doctrack" demo --today 2026-01-15 >/dev/null

step "size budget of the shipped library (scripts/check-size.sh, started above)"
wait "$size_pid" || true
cat "$size_log"
if [ "$(cat "$size_log.rc" 2>/dev/null || echo 1)" != 0 ]; then
  echo "the size check failed (log above)" >&2
  exit 1
fi

printf '\nall checks passed in %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))
