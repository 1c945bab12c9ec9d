#!/usr/bin/env bash
# Checks the Android demo app (android-demo/) without the Android SDK:
#  1. its resources and translations (android_resources.py, with a self-test);
#  2. every Kotlin file of android-demo/app/src/main/kotlin compiles, with the
#     generated Android-flavour bindings, against org.robolectric:android-all
#     (the Android 14 framework classes from Maven Central), warnings as errors;
#  3. every activity, receiver and provider of the manifest was compiled;
#  4. the JVM unit tests (android-demo/app/src/test/kotlin, JUnit 5) run
#     against the host library: reminders to alarms, re-arming after a reboot
#     and a time-zone change, private notification text, the Keystore key
#     wrapper with a fake key store, the repository over the real API.
# Needs a JDK 17+, Maven and python3; Maven fetches android-all (~140 MB, once),
# Kotlin, coroutines, JNA and JUnit.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java mvn python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is missing: install a JDK 17+, Maven and python3 (Debian: apt-get install default-jdk maven python3)." >&2
    exit 1
  fi
done
target="$(cd "$(dirname "${CARGO_TARGET_DIR:-target}/x")" && pwd)"
[ -f "$target/bindings/kotlin-android/org/doctrack/doctrack.kt" ] && [ -f "$target/debug/libdoctrack_ffi.so" ] \
  || bash scripts/generate-bindings.sh
check=android-demo/jvm-check
res=android-demo/app/src/main/res
python3 "$check/android_resources.py" --self-test
python3 "$check/android_resources.py" r-class "$res" "$check/target/generated-r"
mvn -B -q -f "$check/pom.xml" -Ddoctrack.target="$target" test
python3 "$check/android_resources.py" manifest android-demo/app/src/main/AndroidManifest.xml \
  "$check/target/classes" "$res"
sources=$(find android-demo/app/src/main/kotlin -name '*.kt' | wc -l)
tests=$(find android-demo/app/src/test/kotlin -name '*.kt' | wc -l)
echo "android-demo: $sources Kotlin source files compiled against android-all with the Android-flavour bindings; $tests test files"
grep -h "Tests run" "$check"/target/surefire-reports/*.txt
