"""Every text doctrack shows renders in the Noto fonts of its script.

Each text is split into runs by the font a phone would draw it with (Noto
Sans Myanmar, Khmer, Lao or Thai for those scripts; Noto Sans for Latin,
digits and punctuation, and for what the script font does not cover) and
shaped with HarfBuzz. A check fails on

- a missing glyph (`.notdef`, drawn as an empty box: "tofu"), and
- a dotted circle HarfBuzz inserts where a mark has no base (a broken
  syllable, e.g. a vowel sign typed before its consonant),

naming the catalog entry or the place, the language and the character.

What is checked:
1. every message of every catalog (core/src/messages/catalogs/*.ftl): the
   text of each message, attribute and variant, parsed with fluent.syntax;
2. what the CLI renders with real values in each language: the demo (a
   dashboard and renewal plan with dates as on the papers: native digits,
   Thai month names, Buddhist Era years);
3. the timeline SVG of people named in Burmese, Khmer, Lao and Thai: drawn
   by headless Chromium, every text node shaped with the same fonts, and
   every character covered by an installed font (Chromium on Linux falls
   back through fontconfig).

Usage:
  python tests/texts/check_glyphs.py --cli target/debug/doctrack
  python tests/texts/check_glyphs.py --self-test     (proves the check can fail)
Fonts: Debian's fonts-noto-core (/usr/share/fonts/truetype/noto), or
DOCTRACK_NOTO_DIR.
"""

import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

import uharfbuzz as hb
from fluent.syntax import FluentParser, ast

ROOT = pathlib.Path(__file__).resolve().parents[2]
NOTO = pathlib.Path(os.environ.get("DOCTRACK_NOTO_DIR", "/usr/share/fonts/truetype/noto"))
LANGUAGES = ["en", "th", "my", "km", "lo"]

# Unicode blocks of the four scripts doctrack writes besides Latin.
SCRIPTS = {
    "Myanmar": [(0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)],
    "Khmer": [(0x1780, 0x17FF), (0x19E0, 0x19FF)],
    "Lao": [(0x0E80, 0x0EFF)],
    "Thai": [(0x0E00, 0x0E7F)],
}
FONT_FILES = {
    "Myanmar": "NotoSansMyanmar-Regular.ttf",
    "Khmer": "NotoSansKhmer-Regular.ttf",
    "Lao": "NotoSansLao-Regular.ttf",
    "Thai": "NotoSansThai-Regular.ttf",
    "Latin": "NotoSans-Regular.ttf",
}
DOTTED_CIRCLE = 0x25CC


class Font:
    """One font file, ready to shape with."""

    def __init__(self, path: pathlib.Path):
        blob = hb.Blob.from_file_path(str(path))
        self.font = hb.Font(hb.Face(blob))
        self.dotted = self.font.get_nominal_glyph(DOTTED_CIRCLE)

    def covers(self, ch: str) -> bool:
        return self.font.get_nominal_glyph(ord(ch)) is not None


def load_fonts():
    missing = [f for f in FONT_FILES.values() if not (NOTO / f).is_file()]
    if missing:
        sys.exit(
            f"the Noto fonts are missing from {NOTO} ({', '.join(missing)}): "
            "install them (Debian: apt-get install fonts-noto-core) or set DOCTRACK_NOTO_DIR"
        )
    return {script: Font(NOTO / name) for script, name in FONT_FILES.items()}


def script_of(ch: str):
    cp = ord(ch)
    for script, ranges in SCRIPTS.items():
        if any(lo <= cp <= hi for lo, hi in ranges):
            return script
    return None


def invisible(ch: str) -> bool:
    """Characters drawn as nothing (joiners, direction marks, spaces of no
    width): HarfBuzz hides them whatever the font has."""
    return unicodedata.category(ch) in ("Cf", "Cc") or ch in "\u200b\u00ad"


def runs(text: str, fonts):
    """(font name, run) pairs: a script's characters in its font; shared
    characters (spaces, digits, punctuation) with the script around them if
    its font has them, else with Noto Sans."""
    out = []
    current = None
    for ch in text:
        script = script_of(ch)
        if script is None:
            near = current if current in SCRIPTS else None
            script = near if near and fonts[near].covers(ch) else "Latin"
        if out and out[-1][0] == script:
            out[-1][1] += ch
        else:
            out.append([script, ch])
        current = script
    return out


def problems_in(text: str, fonts):
    """What does not render in `text`: (character or cluster, why)."""
    found = []
    for script, run in runs(text, fonts):
        font = fonts[script]
        buf = hb.Buffer()
        buf.add_str(run)
        buf.guess_segment_properties()
        hb.shape(font.font, buf, {})
        for info in buf.glyph_infos:
            ch = run[info.cluster] if info.cluster < len(run) else "?"
            if info.codepoint == 0 and not invisible(ch):
                found.append((ch, f"no glyph in {FONT_FILES[script]}"))
            elif (
                font.dotted is not None
                and info.codepoint == font.dotted
                and chr(DOTTED_CIRCLE) not in run
            ):
                found.append((run[info.cluster:info.cluster + 3], "a mark without its base (dotted circle)"))
    return found


def pattern_texts(pattern, out):
    """Every literal text of a Fluent pattern, variants included."""
    if pattern is None:
        return
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            out.append(element.value)
        elif isinstance(element, ast.Placeable):
            expr = element.expression
            if isinstance(expr, ast.SelectExpression):
                for variant in expr.variants:
                    pattern_texts(variant.value, out)
            elif isinstance(expr, ast.StringLiteral):
                out.append(expr.value)
            elif isinstance(expr, ast.Placeable):
                pattern_texts(ast.Pattern([expr]), out)


def catalog_entries(lang: str):
    """(entry id, text) for every message and term of a catalog."""
    path = ROOT / "core" / "src" / "messages" / "catalogs" / f"{lang}.ftl"
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            raise SystemExit(f"{path}: an entry does not parse: {entry.content[:80]!r}")
        if not isinstance(entry, (ast.Message, ast.Term)):
            continue
        texts = []
        pattern_texts(entry.value, texts)
        for attribute in entry.attributes:
            pattern_texts(attribute.value, texts)
        name = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
        yield name, "".join(texts)


def run_cli(cli, args, env_extra=None, cwd=None):
    env = dict(os.environ, NO_COLOR="1", **(env_extra or {}))
    result = subprocess.run([cli, *args], capture_output=True, text=True, env=env, cwd=cwd)
    if result.returncode != 0:
        raise SystemExit(f"doctrack {' '.join(args)} failed: {result.stderr.strip()[:300]}")
    return result.stdout


# People for the timeline, one per script (made-up names).
TIMELINE_PEOPLE = [
    ("my", "MM", "မောင်အောင်ကျော်"),
    ("km", "KH", "សុខា ចាន់ធី"),
    ("lo", "LA", "ນ້ອຍ ພົມມະສັກ"),
    ("th", "MM", "สมชาย ใจดี"),
]


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        try:
            if subprocess.run([name, "--version"], capture_output=True).returncode == 0:
                return name
        except OSError:
            continue
    return None


def render_with_chromium(svg: pathlib.Path, png: pathlib.Path):
    """Draws the SVG in headless Chromium; the picture must be made."""
    name = browser()
    if name is None:
        if os.environ.get("DOCTRACK_SKIP_BROWSER"):
            return False
        raise SystemExit("chromium is missing (apt-get install chromium), or set DOCTRACK_SKIP_BROWSER=1")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [name, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", f"--user-data-dir={profile}", f"--screenshot={png}",
             "--window-size=1000,260", svg.as_uri()],
            capture_output=True, timeout=120,
        )
    if not png.is_file() or png.stat().st_size < 1000:
        raise SystemExit(f"Chromium did not draw {svg.name}")
    return True


def fontconfig_gaps(texts):
    """Characters no installed font covers (Chromium on Linux falls back
    through fontconfig: such a character is drawn as a box)."""
    gaps = set()
    for ch in sorted({c for t in texts for c in t if not c.isspace() and not invisible(c)}):
        result = subprocess.run(["fc-list", f":charset={ord(ch):x}", "file"],
                                capture_output=True, text=True)
        if result.returncode != 0 or not result.stdout.strip():
            gaps.add(ch)
    return gaps


def timeline_texts(cli):
    """Every text node of the timeline SVG for people named in each script;
    each SVG is also drawn by headless Chromium."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            "DOCTRACK_STORE": str(pathlib.Path(tmp) / "glyphs.doctrack"),
            "DOCTRACK_PASS": "glyph check passphrase",
            "DOCTRACK_TODAY": "2026-06-01",
        }
        for i, (lang, country, name) in enumerate(TIMELINE_PEOPLE):
            args = ["person", "add", "--name", name, "--nationality", country,
                    "--language", lang, "--cohort", "mou", "--on", "2026-04-01"]
            if i == 0:
                args.insert(2, "--create")
            person = run_cli(cli, args, env).strip()
            run_cli(cli, ["document", "add", "--person", person[:8], "--kind", "passport",
                          "--number", f"GLYPH-{i}", "--country", country, "--issued", "2020-04-01",
                          "--expires", "2027-03-31", "--on", "2026-04-01"], env)
            svg = pathlib.Path(tmp) / f"{lang}.svg"
            run_cli(cli, ["timeline", "--person", person[:8], "--svg", str(svg)],
                    dict(env, DOCTRACK_LANG=lang))
            render_with_chromium(svg, pathlib.Path(tmp) / f"{lang}.png")
            for node in ET.parse(svg).iter():
                if node.tag.endswith("text") or node.tag.endswith("tspan") or node.tag.endswith("title"):
                    text = "".join(node.itertext()).strip()
                    if text:
                        out.append((f"timeline ({lang})", text))
    return out


def check(cli):
    fonts = load_fonts()
    failures = []
    checked = 0
    for lang in LANGUAGES:
        for name, text in catalog_entries(lang):
            checked += 1
            for ch, why in problems_in(text, fonts):
                failures.append(f"catalog {lang} {name}: {ch!r} (U+{ord(ch[0]):04X}): {why}")
    for lang in LANGUAGES:
        shown = run_cli(cli, ["demo", "--today", "2026-01-15"], {"DOCTRACK_LANG": lang})
        for n, line in enumerate(shown.splitlines(), 1):
            checked += 1
            for ch, why in problems_in(line, fonts):
                failures.append(f"demo ({lang}) line {n}: {ch!r} (U+{ord(ch[0]):04X}): {why}")
    drawn = timeline_texts(cli)
    for where, text in drawn:
        checked += 1
        for ch, why in problems_in(text, fonts):
            failures.append(f"{where}: {ch!r} (U+{ord(ch[0]):04X}): {why}")
    for ch in sorted(fontconfig_gaps(t for _, t in drawn)):
        failures.append(f"timeline: {ch!r} (U+{ord(ch):04X}): no installed font has it (Chromium draws a box)")
    for f in failures[:40]:
        print(f)
    print(f"glyphs: {checked} texts in {len(LANGUAGES)} languages shaped with Noto; {len(failures)} problem(s)")
    return not failures


def self_test():
    """The check sees a missing glyph and a broken syllable, and passes good text."""
    fonts = load_fonts()
    good = ["မြန်မာ", "ខ្មែរ", "ພາສາລາວ", "ภาษาไทย", "Work permit 31/03/2569"]
    for text in good:
        assert not problems_in(text, fonts), (text, problems_in(text, fonts))
    assert problems_in("ሰላም", fonts), "Ethiopic has no glyph in these fonts: must be reported"
    assert problems_in("\u102dက", fonts), "a Myanmar vowel sign before its consonant: must be reported"
    assert problems_in("\u17b6ក", fonts), "a Khmer vowel sign with no base: must be reported"
    print("glyphs self-test: a missing glyph and broken syllables are reported")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", help="the doctrack CLI (target/debug/doctrack)")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        self_test()
    if args.cli:
        sys.exit(0 if check(args.cli) else 1)


if __name__ == "__main__":
    main()
