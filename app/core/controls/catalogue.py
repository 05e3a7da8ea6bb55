"""The VZSHE catalogue: pages, fields and rules read from ``resources/controls/catalogue.json``.

The catalogue is data written by people (see docs/decisions/controls-catalogue.md); this
module only reads it into immutable objects, once per path (cached). Every stored value is
addressed by a *value key*: the field key, plus ``.N/.V/.G/.A`` or ``.lower/.upper`` for a
repeated field, or ``.<row>.<column>`` for a cell of a table field (VZSHE60).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.core.errors import AtelierError
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.paths import resources_dir

FIELD_TYPES = ("choice", "integer", "decimal", "date", "day_month", "text", "table")
LANGUAGES = ("fr", "nl", "en")
JsonObject = dict[str, Any]  # a JSON object of the catalogue file, as json.loads reads it (checked while parsed)


def catalogue_path() -> Path:
    """Where the catalogue lives: ``ATELIER_CONTROLS_CATALOGUE`` if set (support, tests), else the shipped one."""
    override = os.environ.get("ATELIER_CONTROLS_CATALOGUE")
    return Path(override) if override else resources_dir() / "controls" / "catalogue.json"


def current_language(translate: Translator = identity_translator) -> str:
    """The language a translator renders to ("fr" without translator).

    Translators set the message below to their language code, so data written in three
    languages (labels, help) follows the same language as the translated strings.
    """
    code = translate("controls", "fr")
    return code if code in LANGUAGES else "fr"


@dataclass(frozen=True)
class LocalizedText(Message):
    """A text from the catalogue in up to three languages, usable wherever a Message is."""

    nl: str = ""
    en: str = ""

    def render(self, translate: Translator = identity_translator) -> str:
        """The text in the translator's language, French when that one is missing."""
        language = current_language(translate)
        return {"nl": self.nl, "en": self.en}.get(language) or self.text


def localized(fr: str, nl: str = "", en: str = "") -> LocalizedText:
    """Build a three-language text (French is mandatory, the others fall back to it)."""
    return LocalizedText("controls.catalogue", fr or "", {}, nl or "", en or "")


@dataclass(frozen=True)
class FieldDef:
    """One field group of a page (or one column of a table field)."""

    key: str
    label: LocalizedText
    type: str
    length: int | None = None
    allowed: tuple[str, ...] | None = None
    meanings: dict[str, LocalizedText] = field(default_factory=dict)
    min: str | None = None
    max: str | None = None
    decimals: int | None = None
    repeat: tuple[str, ...] | None = None
    default: str = ""
    help: LocalizedText = field(default_factory=lambda: localized(""))
    source_heading: str = ""
    decision: str = ""
    columns: tuple[FieldDef, ...] = ()
    rows: int = 0
    page_id: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def value_keys(self) -> list[str]:
        """Every stored key of this field, in screen order."""
        if self.type == "table":
            return [f"{self.key}.{row}.{column.key}" for row in range(1, self.rows + 1) for column in self.columns]
        if self.repeat:
            return [f"{self.key}.{suffix}" for suffix in self.repeat]
        return [self.key]

    def blank_allowed(self) -> bool:
        """True when an empty input is a valid value (VIDE) for this field."""
        if self.allowed is not None:
            return "" in self.allowed
        return self.default == ""

    def column(self, key: str) -> FieldDef:
        """A column of a table field."""
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


@dataclass(frozen=True)
class RuleDef:
    """A cross-field rule the manual states, implemented in cross_field_rules.py."""

    id: str
    fields: tuple[str, ...]
    description: LocalizedText
    page_id: str
    severity: str = "error"
    per_repeat: bool = False

    @property
    def blocking(self) -> bool:
        """An error rule stops the save; a warning is only shown."""
        return self.severity != "warning"


@dataclass(frozen=True)
class PageDef:
    """One screen VZSHExx: its fields in the manual's order and its rules."""

    id: str
    number: str
    title: LocalizedText
    fields: tuple[FieldDef, ...]
    rules: tuple[RuleDef, ...]
    overhead_formula: dict[str, Any] | None = None

    def value_keys(self) -> list[str]:
        """Every stored key of the page, in screen order."""
        return [key for f in self.fields for key in f.value_keys()]

    def field(self, key: str) -> FieldDef:
        """A field of this page by key."""
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


# A repeat suffix as the clerk reads it (French, Dutch, English): the vehicle types of the
# manual (N, V, G, A) and the lower/upper limits of a range.
SUFFIX_NAMES: dict[str, tuple[str, str, str]] = {
    "N": ("N : neuf", "N: nieuw", "N: new"),
    "V": ("V : démonstration", "V: demonstratie", "V: demonstration"),
    "G": ("G : occasion", "G: tweedehands", "G: used"),
    "A": ("A : agence", "A: agentschap", "A: agency"),
    "lower": ("min.", "min.", "min."),
    "upper": ("max.", "max.", "max."),
}


@dataclass(frozen=True)
class ValueSlot:
    """What a value key designates: the field, its repeat suffix or its table cell."""

    key: str
    field: FieldDef
    page: PageDef
    suffix: str | None = None
    row: int | None = None
    column: FieldDef | None = None

    @property
    def validator_field(self) -> FieldDef:
        """The definition the value is checked against (the column for a table cell)."""
        return self.column if self.column is not None else self.field

    def label(self) -> LocalizedText:
        """Field label with the repeat suffix or the row and column (for error messages)."""
        base = self.field.label
        if self.column is not None:
            return localized(f"{base.text} — {self.row} — {self.column.label.text}",
                             f"{base.nl or base.text} — {self.row} — {self.column.label.nl or self.column.label.text}",
                             f"{base.en or base.text} — {self.row} — {self.column.label.en or self.column.label.text}")
        if self.suffix:
            name = SUFFIX_NAMES.get(self.suffix, (self.suffix,) * 3)
            return localized(f"{base.text} ({name[0]})", f"{base.nl or base.text} ({name[1]})",
                             f"{base.en or base.text} ({name[2]})")
        return base


@dataclass(frozen=True)
class Catalogue:
    """All pages in the manual's order, with lookups by page and by value key."""

    source: str
    pages: tuple[PageDef, ...]
    slots: dict[str, ValueSlot]

    def page(self, page_id: str) -> PageDef:
        """A page by id (``VZSHE10``); raises CatalogueError when unknown."""
        for page in self.pages:
            if page.id == page_id.upper():
                return page
        raise CatalogueError(msg("controls", "page {page} inconnue", page=page_id))

    def slot(self, key: str) -> ValueSlot | None:
        """What ``key`` designates, or None when no field has that key."""
        return self.slots.get(key)

    def value_keys(self) -> list[str]:
        """Every stored key of every page, in screen order."""
        return list(self.slots)

    def defaults(self) -> dict[str, str]:
        """The value of every key on a site that never saved anything."""
        return {key: slot.validator_field.default for key, slot in self.slots.items()}

    def rules(self) -> list[RuleDef]:
        """Every rule of every page."""
        return [rule for page in self.pages for rule in page.rules]

    def field(self, key: str) -> FieldDef | None:
        """A field of any page by its key (not a value key), or None."""
        for page in self.pages:
            for f in page.fields:
                if f.key == key:
                    return f
        return None


class CatalogueError(AtelierError):
    """The catalogue file is missing or malformed (an installation problem)."""


def _text(data: JsonObject, prefix: str) -> LocalizedText:
    return localized(data.get(f"{prefix}_fr") or "", data.get(f"{prefix}_nl") or "", data.get(f"{prefix}_en") or "")


def _default(data: JsonObject, kind: str) -> str:
    value = data.get("default")
    if value is None:
        return "0" if kind == "integer" else ""
    return str(value)


def _field(data: JsonObject, page_id: str) -> FieldDef:
    kind = data.get("type")
    key = data.get("key")
    if not key or kind not in FIELD_TYPES:
        raise CatalogueError(msg("controls", "catalogue : champ {key} de type inconnu {type}",
                                 key=str(key), type=str(kind)))
    meanings = {str(value): localized(text.get("fr", ""), text.get("nl", ""), text.get("en", ""))
                for value, text in (data.get("meanings") or {}).items()}
    allowed = data.get("allowed")
    columns = tuple(_field(column, page_id) for column in data.get("columns") or ())
    return FieldDef(
        key=key, label=_text(data, "label"), type=kind, length=data.get("length"),
        allowed=tuple(str(a) for a in allowed) if allowed is not None else None, meanings=meanings,
        min=None if data.get("min") is None else str(data["min"]),
        max=None if data.get("max") is None else str(data["max"]),
        decimals=data.get("decimals"), repeat=tuple(data["repeat"]) if data.get("repeat") else None,
        default=_default(data, kind), help=_text(data, "help"), source_heading=data.get("source_heading") or "",
        decision=data.get("decision") or "", columns=columns, rows=int(data.get("rows") or 0), page_id=page_id,
        raw=data)


def _page(data: JsonObject) -> PageDef:
    page_id = data["id"]
    fields = tuple(_field(f, page_id) for f in data.get("fields") or ())
    rules = tuple(RuleDef(r["id"], tuple(r.get("fields") or ()), _text(r, "description"), page_id,
                          str(r.get("severity") or "error"), bool(r.get("per_repeat")))
                  for r in data.get("rules") or ())
    return PageDef(page_id, str(data.get("number") or ""), _text(data, "title"), fields, rules,
                   data.get("overhead_formula"))


def parse_catalogue(data: JsonObject) -> Catalogue:
    """Build the catalogue from its JSON document."""
    pages = tuple(_page(p) for p in data.get("pages") or ())
    slots: dict[str, ValueSlot] = {}
    for page in pages:
        for f in page.fields:
            if f.type == "table":
                for row in range(1, f.rows + 1):
                    for column in f.columns:
                        key = f"{f.key}.{row}.{column.key}"
                        slots[key] = ValueSlot(key, f, page, row=row, column=column)
            elif f.repeat:
                for suffix in f.repeat:
                    slots[f"{f.key}.{suffix}"] = ValueSlot(f"{f.key}.{suffix}", f, page, suffix=suffix)
            else:
                slots[f.key] = ValueSlot(f.key, f, page)
    return Catalogue(str(data.get("source") or ""), pages, slots)


@cache
def _load(path: str, mtime_ns: int) -> Catalogue:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(msg("controls", "catalogue illisible {path} : {detail}", path=path,
                                 detail=str(exc))) from exc
    return parse_catalogue(data)


def load_catalogue(path: Path | str | None = None) -> Catalogue:
    """The catalogue at ``path`` (default: the shipped one), parsed once per file version."""
    target = Path(path) if path is not None else catalogue_path()
    try:
        mtime = target.stat().st_mtime_ns
    except OSError as exc:
        raise CatalogueError(msg("controls", "catalogue introuvable : {path}", path=str(target))) from exc
    return _load(str(target), mtime)
