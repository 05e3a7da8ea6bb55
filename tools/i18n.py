"""Extract translatable strings into Qt Linguist .ts files and compile them to .qm.

Usage:
    python tools/i18n.py update    # refresh resources/i18n/<part>_<lang>.ts from the sources
    python tools/i18n.py compile   # pyside6-lrelease every .ts into .qm
    python tools/i18n.py check     # exit 1 if a .ts is stale or has an untranslated message
    python tools/i18n.py todo PART > todo.json   # untranslated messages of PART as JSON
    python tools/i18n.py fill todo.json          # write the filled "nl"/"en" values into the .ts

Strings are French in the source. Recognised calls (string literals only):
``tr("ctx", "text")``, ``msg("ctx", "text")``, ``QT_TRANSLATE_NOOP("ctx", "text")``,
``QCoreApplication.translate("ctx", "text")`` and ``self.tr("text")`` (context: class).
Each module's strings go to its own file (``carpass_nl.ts``...), the rest to ``platform``.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app"
OUT = ROOT / "resources" / "i18n"
LANGUAGES = {"nl": "nl_BE", "en": "en_GB"}
MODULES = ("carpass", "controls", "rental")
CALLS_WITH_CONTEXT = {"tr", "msg", "QT_TRANSLATE_NOOP", "translate", "Message"}

Catalogue = dict[str, dict[tuple[str, str], tuple[str, int]]]


def part_of(path: Path) -> str:
    """Which .ts file a source file's strings belong to."""
    parts = path.relative_to(SOURCES).parts
    for module in MODULES:
        if module in parts or any(p.startswith(module) for p in parts[-1:]):
            return module
    return "platform"


class _Visitor(ast.NodeVisitor):
    def __init__(self, filename: str):
        self.filename = filename
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int]] = []

    def visit_ClassDef(self, node):  # noqa: N802
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node):  # noqa: N802
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
        if name in CALLS_WITH_CONTEXT and len(args) >= 2 and args[0] and args[1] is not None:
            self.found.append((args[0], args[1], node.lineno))
        elif (name == "tr" and isinstance(node.func, ast.Attribute) and len(args) >= 1 and args[0]
              and self.classes):
            self.found.append((self.classes[-1], args[0], node.lineno))
        self.generic_visit(node)


def extract() -> Catalogue:
    """Every translatable (context, source) per part, with its first location."""
    catalogue: Catalogue = defaultdict(dict)
    for path in sorted(SOURCES.rglob("*.py")):
        visitor = _Visitor(str(path))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        part = part_of(path)
        for context, text, line in visitor.found:
            catalogue[part].setdefault((context, text), (path.relative_to(ROOT).as_posix(), line))
    return catalogue


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """Existing finished translations of a .ts file."""
    if not path.exists():
        return {}
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and translation.text:
                result[(name, message.findtext("source"))] = translation.text
    return result


def render_ts(language: str, messages: dict[tuple[str, str], tuple[str, int]],
              translations: dict[tuple[str, str], str]) -> str:
    """The .ts XML for ``messages`` with the known translations."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="fr_BE")
    by_context: dict[str, list[str]] = defaultdict(list)
    for context, text in sorted(messages):
        by_context[context].append(text)
    for context, texts in by_context.items():
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for text in texts:
            message = ET.SubElement(node, "message")
            ET.SubElement(message, "source").text = text
            translated = translations.get((context, text))
            element = ET.SubElement(message, "translation")
            if translated:
                element.text = translated
            else:
                element.set("type", "unfinished")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"


def ts_path(part: str, language: str) -> Path:
    """Where a part's .ts lives."""
    return OUT / f"{part}_{language}.ts"


def update() -> None:
    """Rewrite every .ts from the sources, keeping translations still in use."""
    OUT.mkdir(parents=True, exist_ok=True)
    for part, messages in extract().items():
        for language in LANGUAGES:
            path = ts_path(part, language)
            path.write_text(render_ts(language, messages, read_ts(path)), encoding="utf-8")


def lrelease() -> str:
    """The pyside6-lrelease executable next to this interpreter (or on PATH)."""
    return (shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
            or shutil.which("pyside6-lrelease") or "pyside6-lrelease")


def compile_all(target: Path = OUT) -> None:
    """Compile every .ts into a .qm beside it (or into ``target``)."""
    for ts in sorted(OUT.glob("*.ts")):
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(target / ts.with_suffix(".qm").name)], check=True)


def problems() -> list[str]:
    """Stale files and untranslated messages, one line each."""
    found = []
    catalogue = extract()
    for part, messages in catalogue.items():
        for language in LANGUAGES:
            path = ts_path(part, language)
            known = read_ts(path)
            expected = render_ts(language, messages, known)
            if not path.exists() or path.read_text(encoding="utf-8") != expected:
                found.append(f"{path.name}: stale, run `python tools/i18n.py update`")
            for context, text in sorted(messages):
                if (context, text) not in known:
                    found.append(f"{path.name}: untranslated [{context}] {text!r}")
    return found


def todo(part: str) -> list[dict[str, str]]:
    """Untranslated messages of ``part``: fill "nl" and "en", then run ``fill``."""
    messages = extract().get(part, {})
    known = {language: read_ts(ts_path(part, language)) for language in LANGUAGES}
    return [{"part": part, "context": c, "source": t, **{lang: known[lang].get((c, t), "") for lang in LANGUAGES}}
            for (c, t) in sorted(messages) if any((c, t) not in known[lang] for lang in LANGUAGES)]


def fill(path: Path) -> None:
    """Merge translations from a ``todo`` JSON file into the .ts files, then rewrite them."""
    import json

    entries = json.loads(Path(path).read_text(encoding="utf-8"))
    catalogue = extract()
    for part in {e["part"] for e in entries}:
        for language in LANGUAGES:
            ts = ts_path(part, language)
            known = read_ts(ts)
            known.update({(e["context"], e["source"]): e[language] for e in entries
                          if e["part"] == part and e.get(language)})
            ts.write_text(render_ts(language, catalogue.get(part, {}), known), encoding="utf-8")


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "check"
    if action == "update":
        update()
    elif action == "compile":
        compile_all()
    elif action == "todo":
        import json

        print(json.dumps(todo(sys.argv[2]), ensure_ascii=False, indent=1))
    elif action == "fill":
        fill(Path(sys.argv[2]))
    elif action == "check":
        issues = problems()
        print("\n".join(issues) or "translations complete")
        sys.exit(1 if issues else 0)
    else:
        sys.exit(__doc__)
