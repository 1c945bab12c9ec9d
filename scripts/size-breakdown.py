#!/usr/bin/env python3
"""Where the bytes of the release library go (issue 14): the ELF sections,
and the code (.text) by crate, from the symbol table of the unstripped
library (`nm --print-size`, demangled). cargo-bloat refuses a crate that is
also a staticlib and an rlib, so this does the same attribution by name.

    python3 scripts/size-breakdown.py target/release/libdoctrack_ffi.so > OUT.md
"""

import collections
import re
import subprocess
import sys


def main():
    lib = sys.argv[1]
    sections = {}
    for line in subprocess.run(["size", "-A", lib], capture_output=True, text=True,
                               check=True).stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].startswith(".") and parts[1].isdigit():
            sections[parts[0]] = int(parts[1])
    nm = subprocess.run(["nm", "--print-size", "--size-sort", "-C", lib],
                        capture_output=True, text=True, check=True).stdout
    crates = collections.Counter()
    for line in nm.splitlines():
        parts = line.split(" ", 3)
        if len(parts) < 4 or parts[2] not in "tTwW":
            continue
        size, name = int(parts[1], 16), parts[3]
        m = re.match(r"^[<&]*(?:dyn |impl )?([A-Za-z_][A-Za-z0-9_]*)::", name)
        if m:
            crate = m.group(1)
            if crate in ("core", "alloc", "std", "gimli", "addr2line", "rustc_demangle",
                         "miniz_oxide", "adler2", "hashbrown", "memchr", "__rustc", "std_detect"):
                crate = "core/alloc/std: generics instantiated for every crate, and the backtrace symboliser"
        elif name.startswith("ring_core_"):
            crate = "ring (C and assembly)"
        elif name.startswith("_ZN") or name.startswith("_R"):
            crate = "Rust (unattributed)"
        else:
            crate = "C: SQLite (and libc glue)"
        crates[crate] += size
    text_total = sum(crates.values())
    out = ["Where the bytes go (unstripped `%s`, x86_64; `scripts/size-breakdown.py`):" % lib, "",
           "| section | bytes |", "|---|---|"]
    for name in (".text", ".rodata", ".eh_frame", ".eh_frame_hdr", ".gcc_except_table",
                 ".rela.dyn", ".data.rel.ro"):
        if name in sections:
            out.append("| %s | %s |" % (name, format(sections[name], ",")))
    out += ["", "| code (.text symbols) by crate | bytes | share |", "|---|---|---|"]
    for crate, size in crates.most_common(20):
        out.append("| %s | %s | %.1f %% |" % (crate, format(size, ","), 100.0 * size / text_total))
    print("\n".join(out))


if __name__ == "__main__":
    main()
