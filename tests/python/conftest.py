"""Makes the generated Python module importable (bash scripts/generate-bindings.sh
writes it, with a copy of the library, to target/bindings/python)."""

import pathlib
import sys

BINDINGS = pathlib.Path(__file__).resolve().parents[2] / "target" / "bindings" / "python"
if not (BINDINGS / "doctrack.py").exists():
    raise SystemExit(f"{BINDINGS}/doctrack.py is missing: run bash scripts/generate-bindings.sh")
sys.path.insert(0, str(BINDINGS))
