#!/usr/bin/env bash
# Python binding tests (pytest) and the Swift checks (tree-sitter-swift parse,
# gcc on the C header, exports of the library), in a virtual environment at
# target/venv that this script creates and fills from tests/python/requirements.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 is missing: install Python 3.9+ (Debian: apt-get install python3 python3-venv)." >&2
  exit 1
fi
for tool in gcc nm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is missing (needed for the Swift header checks): install gcc and binutils." >&2
    exit 1
  fi
done
venv="${CARGO_TARGET_DIR:-target}/venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" || {
    echo "could not create a Python virtual environment: install python3-venv (Debian: apt-get install python3-venv)." >&2
    exit 1
  }
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r tests/python/requirements.txt
target="${CARGO_TARGET_DIR:-target}"
# The rule-pack tests build a pack with the doctrack CLI ($target/debug/doctrack).
[ -x "$target/debug/doctrack" ] && [ -f "$target/bindings/python/doctrack.py" ] \
  || bash scripts/generate-bindings.sh
"$venv/bin/python" -m pytest -q -p no:cacheprovider tests/python
# Every text renders in the Noto fonts of its script: the catalogs, the
# demo in each language and the timeline with names in four scripts
# (tests/texts/check_glyphs.py; fonts from Debian's fonts-noto-core).
"$venv/bin/python" tests/texts/check_glyphs.py --self-test --cli "$target/debug/doctrack"
# Legal terms are written the same way in every catalog and rule text of a
# language (core/src/messages/glossary.toml).
"$venv/bin/python" tests/texts/check_glossary.py --self-test
case "$(uname -s)" in
  Darwin) lib="$target/debug/libdoctrack_ffi.dylib" ;;
  *) lib="$target/debug/libdoctrack_ffi.so" ;;
esac
# The reminders and language API must reach Swift too, and the dashboard's
# cards and the document detail the iOS demo's screens are built from
# (DocTrack.swift has the store's calls, DocTrackCore.swift the records).
"$venv/bin/python" tests/swift/check_swift.py --self-test --bindings "$target/bindings/swift" --lib "$lib" \
  --require "func syncReminders(" "func setReminderState(" "func reminders(" "func forgetReminderSync(" \
  "struct ScheduledReminder" "enum ReminderState" "func localizeMessage(" "func catalogInfo(" \
  "func formatDate(" "func defaultDateStyle(" "enum ReviewState" \
  "func documentDetail(" "struct DocumentDetail" "struct DocumentCard" "func migrationCopy(" \
  "func createShare(" "func sharesMade(" "func shareRecipients(" "func importShare(" \
  "func shareKeyFingerprint(" "func shareQrMatrix(" "struct ShareRequest" "struct CreatedShare" \
  "enum ShareProblem" "func caseloadDashboard(" "struct CaseloadDashboard"
# The iOS demo app (ios-demo/): every Swift file parses (no Swift compiler here).
"$venv/bin/python" tests/swift/check_swift.py --swift-dir ios-demo
