"""Legal terms are translated the same way everywhere.

Reads the glossary (core/src/messages/glossary.toml) and checks, for each
of Burmese, Khmer, Lao and Thai:

1. every catalog message (core/src/messages/catalogs/*.ftl) whose English
   text says a glossary term carries one of the term's forms in that
   language, and so does the catalog entry that names the term (`term`);
2. every person-facing rule text (rules/**/*.toml: the `text.en` table of a
   rule, route, checklist… and its `text.my`, `text.km`… siblings, field by
   field) does the same.

A message or text that is not translated yet (it falls back to English) is
not checked. Prints each inconsistency with its file, entry and term; exits
1 if there is any.

Usage:
  python tests/texts/check_glossary.py
  python tests/texts/check_glossary.py --self-test   (proves the check can fail)
"""

import argparse
import pathlib
import re
import sys
import tomllib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from check_glyphs import catalog_entries  # noqa: E402  (same folder)

ROOT = pathlib.Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "core" / "src" / "messages" / "glossary.toml"
LANGUAGES = ["my", "km", "lo", "th"]


def load_glossary(path=GLOSSARY):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    terms = data.get("term", [])
    for t in terms:
        for key in ("english", "meaning", "review"):
            if not isinstance(t.get(key), str) or not t[key].strip():
                sys.exit(f"{path}: a term has no {key}")
        for lang in LANGUAGES:
            forms = t.get(lang)
            if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
                sys.exit(f"{path}: term {t['english']!r}: {lang} must be a list of forms")
    return terms


def says(english_text: str, term: str) -> bool:
    """Whether an English text says `term` (whole words, any case, plural s)."""
    pattern = r"(?<![\w-])" + re.escape(term) + r"s?(?![\w-])"
    return re.search(pattern, english_text, re.IGNORECASE) is not None


def inconsistencies(terms, english, translated, where, lang):
    """Entries of `translated` (id -> text) whose English (id -> text) says
    a term but which carry none of its forms."""
    out = []
    for term in terms:
        forms = term[lang]
        for key, en in english.items():
            if key not in translated or key == term.get("term"):
                continue
            if not says(en, term["english"]):
                continue
            text = translated[key]
            if not forms:
                out.append(f"{where} {key} ({lang}): says {term['english']!r}, which has no {lang} form in the glossary yet")
            elif not any(f in text for f in forms):
                out.append(f"{where} {key} ({lang}): {term['english']!r} is not written as {' or '.join(forms)}")
        entry = term.get("term")
        if entry and entry in translated and forms and not any(f in translated[entry] for f in forms):
            out.append(f"{where} {entry} ({lang}): the name of {term['english']!r} is not written as {' or '.join(forms)}")
    return out


def rule_texts(node, path=""):
    """(place, {lang: {field: text}}) for every `text` table in rule data."""
    if isinstance(node, dict):
        text = node.get("text")
        if isinstance(text, dict) and isinstance(text.get("en"), dict):
            langs = {
                lang: {k: v for k, v in fields.items() if isinstance(v, str)}
                for lang, fields in text.items()
                if isinstance(fields, dict)
            }
            name = node.get("id") or node.get("key") or path
            yield str(name), langs
        for key, value in node.items():
            if key != "text":
                yield from rule_texts(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from rule_texts(item, f"{path}[{i}]")


def check(terms):
    problems = []
    checked = 0
    english = dict(catalog_entries("en"))
    for lang in LANGUAGES:
        translated = dict(catalog_entries(lang))
        checked += len(translated)
        problems += inconsistencies(terms, english, translated, f"catalogs/{lang}.ftl", lang)
    for file in sorted((ROOT / "rules").rglob("*.toml")):
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        rel = file.relative_to(ROOT)
        for place, langs in rule_texts(data):
            en = {f"{place}.{k}": v for k, v in langs.get("en", {}).items()}
            for lang in LANGUAGES:
                tr = {f"{place}.{k}": v for k, v in langs.get(lang, {}).items()}
                checked += len(tr)
                problems += inconsistencies(terms, en, tr, str(rel), lang)
    for p in problems[:60]:
        print(p)
    print(f"glossary: {len(terms)} terms over {checked} translated texts; {len(problems)} inconsistency(ies)")
    return not problems


def self_test(terms):
    """A translation that writes a term another way is caught; one that
    writes it as the glossary says passes."""
    work_permit = next(t for t in terms if t["english"] == "work permit")
    english = {"m": "Renew the work permit before it ends."}
    good = {"m": "ต่อ" + work_permit["th"][0] + "ก่อนหมดอายุ"}
    bad = {"m": "ต่อใบงานก่อนหมดอายุ"}
    assert not inconsistencies([work_permit], english, good, "self-test", "th")
    assert inconsistencies([work_permit], english, bad, "self-test", "th")
    assert says("Two work permits", "work permit") and not says("workpermit", "work permit")
    print("glossary self-test: an inconsistent translation is reported")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    terms = load_glossary()
    if args.self_test:
        self_test(terms)
    sys.exit(0 if check(terms) else 1)


if __name__ == "__main__":
    main()
