"""Checks the generated Swift bindings without a Swift compiler.

1. Every Swift file given parses with tree-sitter-swift (no ERROR or
   MISSING nodes). uniffi's `@_documentation(...)` attribute is blanked
   first, and the closure `{ () }` (valid Swift: it returns the empty
   tuple; uniffi writes it for callbacks that return nothing) is read as
   `{ () -> () in }`: the grammar knows neither.
2. The generated C headers (one per crate: DocTrackFFI.h, DocTrackCoreFFI.h)
   compile with `gcc -fsyntax-only`.
3. Every function each header declares is exported by the library (`nm -D`).
4. The Swift API declares the rule-pack calls (trusted keys, install,
   status) an app needs.

Usage:
  python tests/swift/check_swift.py --bindings target/bindings/swift --lib target/debug/libdoctrack_ffi.so
  python tests/swift/check_swift.py --swift FILE.swift ...     (parse only)
  python tests/swift/check_swift.py --swift-dir ios-demo       (parse every .swift file under a folder)
  python tests/swift/check_swift.py --self-test                (proves the checks can fail)
"""

import argparse
import pathlib
import re
import subprocess
import sys
import tempfile

import tree_sitter_swift
from tree_sitter import Language, Parser

PARSER = Parser(Language(tree_sitter_swift.language()))
DOC_ATTRIBUTE = re.compile(r"@_documentation\([^)]*\)")
UNIT_CLOSURE = re.compile(r"= \{ \(\) \}")


def parse_errors(source: str):
    """Positions (line, column, kind) of syntax errors in Swift source."""
    text = DOC_ATTRIBUTE.sub(lambda m: " " * len(m.group(0)), source)
    text = UNIT_CLOSURE.sub("= { () -> () in }", text)
    tree = PARSER.parse(text.encode("utf-8"))
    errors, stack = [], [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            kind = "missing " + node.type if node.is_missing else "unexpected text"
            errors.append((node.start_point[0] + 1, node.start_point[1] + 1, kind))
        if node.has_error:
            stack.extend(node.children)
    return sorted(errors)


def swift_files_under(folder: pathlib.Path):
    """Every .swift file under `folder`, sorted."""
    return sorted(str(p) for p in pathlib.Path(folder).rglob("*.swift"))


def check_swift_files(paths, quiet=False):
    failed = 0
    for path in paths:
        errors = parse_errors(pathlib.Path(path).read_text(encoding="utf-8"))
        if errors:
            failed += 1
            for line, col, kind in errors[:10]:
                if not quiet:
                    print(f"{path}:{line}:{col}: {kind}")
    if not quiet:
        print(f"swift parse: {len(paths) - failed} of {len(paths)} file(s) parse cleanly")
    return failed == 0


HEADER_FUNCTION = re.compile(r"^\s*[A-Za-z_][\w \*]*?\b((?:uniffi|ffi)_\w+)\s*\(", re.MULTILINE)


def header_functions(header_text: str):
    return set(HEADER_FUNCTION.findall(header_text))


def check_header(header: pathlib.Path):
    result = subprocess.run(
        ["gcc", "-fsyntax-only", "-D_Nullable=", "-D_Nonnull=", "-x", "c", str(header)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        print(result.stderr)
        print(f"C header: {header} does not compile")
        return False
    print(f"C header: {header.name} compiles (gcc -fsyntax-only)")
    return True


def check_exports(header: pathlib.Path, lib: pathlib.Path):
    declared = header_functions(header.read_text(encoding="utf-8"))
    nm = subprocess.run(["nm", "-D", "--defined-only", str(lib)], capture_output=True, text=True, check=True)
    exported = {line.split()[-1] for line in nm.stdout.splitlines() if line.strip()}
    missing = sorted(declared - exported)
    for name in missing[:20]:
        print(f"declared in the header but not exported: {name}")
    print(f"exports: {len(declared) - len(missing)} of {len(declared)} declared functions are exported by {lib.name}")
    return bool(declared) and not missing


# Swift declarations an app needs for signed rule packs (docs/adr/0014).
RULE_PACK_API = [
    "func configureRulePacks(trust: PackTrust, today: ",
    "func installRulePack(bytes: Data, today: ",
    "func rulePackStatus()",
    "func removeRulePack(today: ",
    "func notices(personId: ",
    "func markNoticeRead(id: ",
    "func noticeRuleChanges(today: ",
    "func checkRulePack(bytes: Data, trust: PackTrust)",
    "case RulePackRefused(",
]


def check_declares(files, needles=RULE_PACK_API):
    text = "\n".join(pathlib.Path(f).read_text() for f in files)
    missing = [n for n in needles if n not in text]
    for n in missing:
        print(f"swift: the bindings do not declare {n!r}")
    return not missing


def self_test():
    """The checks must fail on broken input."""
    ok = True
    if not parse_errors("func broken( {\n let x = \n}\n"):
        print("self-test: a broken Swift file was not caught")
        ok = False
    if parse_errors('@_documentation(visibility: private)\npublic func f() -> Int { return 1 }\n'):
        print("self-test: a valid Swift file was refused")
        ok = False
    with tempfile.TemporaryDirectory() as tmp:
        bad = pathlib.Path(tmp) / "bad.h"
        bad.write_text("void uniffi_missing_fn(int x\n")
        if check_header(bad):
            print("self-test: a broken header was not caught")
            ok = False
        # A folder with one broken file among good ones fails as a whole.
        folder = pathlib.Path(tmp) / "app"
        (folder / "Sources").mkdir(parents=True)
        (folder / "Sources" / "Good.swift").write_text("import SwiftUI\nstruct V: View { var body: some View { Text(\"x\") } }\n")
        (folder / "Sources" / "Broken.swift").write_text("struct V: View {\n    var body: some View { Text(\"x\" }\n")
        if check_swift_files(swift_files_under(folder), quiet=True):
            print("self-test: a folder with a broken Swift file was not caught")
            ok = False
        partial = pathlib.Path(tmp) / "partial.swift"
        partial.write_text("public func installRulePack(bytes: Data) {}\n")
        if check_declares([partial]):
            print("self-test: a missing rule-pack call was not caught")
            ok = False
    if header_functions("void uniffi_a_fn(int x);\nRustBuffer ffi_b_alloc(uint64_t n);\n") != {"uniffi_a_fn", "ffi_b_alloc"}:
        print("self-test: header functions are not recognised")
        ok = False
    print("self-test: " + ("the checks catch broken input" if ok else "FAILED"))
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bindings", type=pathlib.Path)
    ap.add_argument("--lib", type=pathlib.Path)
    ap.add_argument("--swift", nargs="*", default=[])
    ap.add_argument("--swift-dir", type=pathlib.Path, action="append", default=[],
                    help="parse every .swift file under this folder (e.g. ios-demo)")
    ap.add_argument("--self-test", action="store_true")
    ap.add_argument("--require", nargs="*", default=[],
                    help="declarations the generated Swift must contain (e.g. 'func syncReminders(')")
    args = ap.parse_args()
    ok = True
    if args.self_test:
        ok &= self_test()
    files = list(args.swift)
    for folder in args.swift_dir:
        found = swift_files_under(folder)
        if not found:
            print(f"swift parse: no .swift files under {folder}")
            ok = False
        files += found
    if args.bindings:
        files += sorted(str(p) for p in args.bindings.glob("*.swift"))
        headers = sorted(args.bindings.glob("*.h"))
        if len(headers) < 2:
            print(f"C headers: expected one per crate (DocTrackFFI.h, DocTrackCoreFFI.h), found {len(headers)}")
            ok = False
        for header in headers:
            ok &= check_header(header)
            if args.lib:
                ok &= check_exports(header, args.lib)
    if files:
        ok &= check_swift_files(files)
    if args.bindings:
        declared = check_declares(sorted(args.bindings.glob("*.swift")))
        if declared:
            print(f"swift api: the {len(RULE_PACK_API)} rule-pack declarations are present")
        ok &= declared
    if args.require:
        source = "\n".join(pathlib.Path(f).read_text(encoding="utf-8") for f in files)
        missing = [name for name in args.require if name not in source]
        if missing:
            print(f"the generated Swift lacks: {', '.join(missing)}")
            ok = False
        else:
            print(f"the generated Swift declares all {len(args.require)} required items")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
