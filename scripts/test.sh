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

step "formatting (cargo fmt --check)"
cargo fmt --all --check

step "lints (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "unit, property, store, crash, migration and CLI tests (cargo test)"
# The corruption soak and the create/restore kill tests run in the next step,
# with their output shown.
cargo test --workspace --locked -- \
  --skip random_damage_gives_the_original_data_or_a_typed_error \
  --skip sigkill_during_create_leaves_nothing_or_a_complete_store \
  --skip sigkill_during_restore_leaves_nothing_or_a_complete_store

step "store integrity: corruption soak and SIGKILLs during create and restore"
cargo test -q --locked -p doctrack-core --test store_corruption_soak --test store_kill_create_restore -- \
  --nocapture --test-threads=1

step "rule files (doctrack rules check rules/)"
cargo run -q --locked -p doctrack-cli -- rules check rules

step "rule scenarios (doctrack rules test rules/)"
cargo run -q --locked -p doctrack-cli -- rules test rules

step "the shipped library (cargo build -p doctrack-ffi)"
cargo build -q --locked -p doctrack-ffi

step "size budget of the shipped library (scripts/check-size.sh: release build, stripped)"
# A release (LTO, opt-level "z") build: about 3-4 minutes on 2 cores, the
# price of checking the size apps actually ship (docs/adr/0016).
bash scripts/check-size.sh

step "bindings: Kotlin (JVM and Android), Swift and Python from the library (scripts/generate-bindings.sh)"
bash scripts/generate-bindings.sh target/bindings

step "Kotlin binding tests on the JVM (Maven: Kotlin, coroutines, JNA, JUnit 5)"
bash scripts/test-kotlin.sh

step "the Android demo app: every Kotlin file compiled against android-all, JVM unit tests (Maven)"
bash scripts/test-android-demo.sh

step "Python binding tests and Swift checks, the iOS demo app parsed (pytest, tree-sitter-swift, gcc, nm)"
bash scripts/test-python-swift.sh

step "the main job (doctrack demo --today 2026-01-15)"
cargo run -q --locked -p doctrack-cli -- demo --today 2026-01-15 >/dev/null

printf '\nall checks passed in %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))
