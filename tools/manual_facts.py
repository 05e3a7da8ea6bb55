"""Extracts from the VZSHE manual (the specification's seed text) the facts the catalogue
test checks, into ``tests/controls/manual_facts.json``, so the tests pass in a clone that
has no specification beside it.

Usage: python tools/manual_facts.py [SEED_FILE]   (default $ATELIER_SPEC_DIR or ../shared,
                                                   then seeds/<the catalogue's source>)
       python tools/manual_facts.py --check       exit 1 if the committed file differs

Facts per page, in the manual's order: every "Valeurs permises / autorisées" block, and for
each heading the catalogue names (each must be a line of the manual, in order) the blocks
that follow it up to the next heading and how many times the manual repeats the field.
The test compares the committed file with a fresh extraction whenever the seed is present.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "controls" / "catalogue.json"
FACTS = ROOT / "tests" / "controls" / "manual_facts.json"
BLOCK_RE = re.compile(r"^Valeurs (?:permises|autorisées)\s*:(?P<values>.*)$", re.M)
PAGE_TITLE_RE = re.compile(r"^Contrôles d'entretien .* - (?P<id>VZSHE[0-9A]0)$", re.M)
REPEAT_RE = re.compile(r"\b([24]) fois\b")


def default_seed() -> Path:
    """The manual named by the catalogue, in the specification folder beside the repository
    (``ATELIER_SPEC_DIR`` names another one)."""
    source = json.loads(CATALOGUE.read_text(encoding="utf-8"))["source"]
    spec = Path(os.environ.get("ATELIER_SPEC_DIR") or ROOT.parent / "shared")
    return spec / "seeds" / source


def page_sections(seed: str) -> dict[str, str]:
    """The seed's text of each page, from its title to the next page's title."""
    titles = list(PAGE_TITLE_RE.finditer(seed))
    sections = {}
    for index, match in enumerate(titles):
        end = titles[index + 1].start() if index + 1 < len(titles) else len(seed)
        sections[match["id"]] = seed[match.start():end]
    return sections


def units(field: dict) -> list[dict]:
    """What carries a heading in the manual: the field, or each column of a table."""
    return field["columns"] if field["type"] == "table" else [field]


def heading_facts(page: dict, section: str) -> list[dict]:
    """For each heading of the page (catalogue order, found in order as whole lines): the
    blocks up to the next heading and the repetition the text before its first block states."""
    found = []
    cursor = 0
    for field in page["fields"]:
        for unit in units(field):
            match = re.compile(r"^" + re.escape(unit["source_heading"]) + r"$", re.M).search(section, cursor)
            if not match:
                raise SystemExit(f"{page['id']}: heading not found (in order) as a line: {unit['source_heading']!r}")
            found.append((match.start(), match.end(), unit["source_heading"]))
            cursor = match.end()
    facts = []
    for index, (start, end, heading) in enumerate(found):
        stop = found[index + 1][0] if index + 1 < len(found) else len(section)
        blocks = [m["values"].strip() for m in BLOCK_RE.finditer(section, end, stop)]
        first_block = BLOCK_RE.search(section, end, stop)
        header = section[start:first_block.start() if first_block else start + 120]
        repeat = REPEAT_RE.search(header)
        facts.append({"heading": heading, "blocks": blocks, "repeat": int(repeat[1]) if repeat else None})
    if found and BLOCK_RE.search(section, 0, found[0][0]):
        raise SystemExit(f"{page['id']}: a block comes before the first heading")
    return facts


def extract(seed_text: str, catalogue: dict, source: str) -> dict:
    """The facts document for ``seed_text``."""
    sections = page_sections(seed_text)
    pages = []
    for page in catalogue["pages"]:
        section = sections[page["id"]]
        pages.append({"id": page["id"], "blocks": [m["values"].strip() for m in BLOCK_RE.finditer(section)],
                      "headings": heading_facts(page, section)})
    return {
        "source": source,
        "generated_by": "tools/manual_facts.py",
        "page_order": list(sections),
        "blocks_in_manual": len(BLOCK_RE.findall(seed_text)),
        "pages": pages,
    }


def render(facts: dict) -> str:
    """The file's text (stable, reviewable diffs)."""
    return json.dumps(facts, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    """Write (or with --check compare) the facts file."""
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    seed = Path(paths[0]) if paths else default_seed()
    if not seed.exists():
        print(f"manual_facts: no manual at {seed}", file=sys.stderr)
        return 2
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    text = render(extract(seed.read_text(encoding="utf-8"), catalogue, seed.name))
    if check:
        same = FACTS.exists() and FACTS.read_text(encoding="utf-8") == text
        print(f"manual_facts: {FACTS.relative_to(ROOT)} {'matches' if same else 'DIFFERS FROM'} {seed.name}")
        return 0 if same else 1
    FACTS.write_text(text, encoding="utf-8")
    print(f"manual_facts: wrote {FACTS.relative_to(ROOT)} from {seed}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
