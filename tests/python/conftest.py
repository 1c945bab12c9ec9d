"""Makes the generated Python modules importable: bash scripts/generate-bindings.sh
writes doctrack.py (the store API) and doctrack_core.py (records, enums, the
error), with a copy of the library, to $CARGO_TARGET_DIR/bindings/python
(default target/bindings/python). doctrack.py imports doctrack_core by its
own name (bindings/uniffi.toml, `external_packages`), so the folder only has
to be on the path."""

import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
if not TARGET.is_absolute():
    TARGET = ROOT / TARGET
BINDINGS = TARGET / "bindings" / "python"
if not (BINDINGS / "doctrack.py").exists():
    raise SystemExit(f"{BINDINGS}/doctrack.py is missing: run bash scripts/generate-bindings.sh")
sys.path.insert(0, str(BINDINGS))
