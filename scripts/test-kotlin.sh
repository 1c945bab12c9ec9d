#!/usr/bin/env bash
# Compiles the generated Kotlin bindings with the tests in tests/kotlin and
# runs them with JUnit 5 on the JVM against the host-built library.
# Needs a JDK (17+) and Maven; Maven fetches Kotlin, coroutines, JNA and JUnit.
# Uses the bindings and library that scripts/generate-bindings.sh made in
# $CARGO_TARGET_DIR (default target/), making them first if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is missing: install a JDK 17+ and Maven (Debian: apt-get install default-jdk maven)." >&2
    exit 1
  fi
done
target="$(cd "$(dirname "${CARGO_TARGET_DIR:-target}/x")" && pwd)"
# The rule-pack tests build a pack with the doctrack CLI ($target/debug/doctrack).
[ -x "$target/debug/doctrack" ] && [ -f "$target/bindings/kotlin/org/doctrack/doctrack.kt" ] \
  || bash scripts/generate-bindings.sh
mvn -B -q -f tests/kotlin/pom.xml -Ddoctrack.target="$target" test
grep -h "Tests run" tests/kotlin/target/surefire-reports/*.txt
