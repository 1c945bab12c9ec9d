"""Makes the generated Python modules importable (bash scripts/generate-bindings.sh
writes doctrack.py and doctrack_core.py, with a copy of the library, to
$CARGO_TARGET_DIR/bindings/python, default target/bindings/python)."""

import pathlib
import sys

import os

ROOT = pathlib.Path(__file__).resolve().parents[2]
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
if not TARGET.is_absolute():
    TARGET = ROOT / TARGET
BINDINGS = TARGET / "bindings" / "python"
if not (BINDINGS / "doctrack.py").exists():
    raise SystemExit(f"{BINDINGS}/doctrack.py is missing: run bash scripts/generate-bindings.sh")
sys.path.insert(0, str(BINDINGS))
