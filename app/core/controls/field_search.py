"""Finding a VZSHE field by words of its label or help, across every page (accents ignored)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.core.controls.catalogue import Catalogue, FieldDef, PageDef


def fold(text: str) -> str:
    """Lower case without accents, so "generaux" finds "généraux"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class SearchHit:
    """A field matching the words typed, best matches first."""

    page: PageDef
    field: FieldDef
    score: int


def _haystacks(definition: FieldDef, language: str) -> tuple[str, str]:
    label = definition.label
    labels = " ".join(filter(None, (label.text, label.nl, label.en, definition.key, definition.source_heading)))
    labels += " " + " ".join(c.label.text + " " + (c.label.nl or "") + " " + (c.label.en or "")
                             for c in definition.columns)
    helps = " ".join(filter(None, (definition.help.text, definition.help.en)))
    return fold(labels), fold(helps)


def search_fields(catalogue: Catalogue, query: str, language: str = "fr", limit: int = 30) -> list[SearchHit]:
    """Fields whose label, key or help holds every word of ``query`` (label matches rank first)."""
    words = [w for w in fold(query).split() if w]
    if not words:
        return []
    hits = []
    for page in catalogue.pages:
        for definition in page.fields:
            labels, helps = _haystacks(definition, language)
            if all(w in labels or w in helps for w in words):
                score = sum(2 if w in labels else 1 for w in words)
                hits.append(SearchHit(page, definition, score))
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]
