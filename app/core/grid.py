"""Qt-free contract between a grid on screen and the SQL that feeds it.

A :class:`RowSource` returns rows page by page, already sorted and filtered in the
database, so a grid over 100,000 rows only ever holds what the clerk scrolled to.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.core.csv_cells import safe_cell
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.progress import CancelToken, Progress


@dataclass(frozen=True)
class GridColumn:
    """One column: a stable key, a translatable title and whether SQL can sort on it."""

    key: str
    title: Message
    sortable: bool = True
    align_right: bool = False


@dataclass
class GridQuery:
    """What the clerk asked for: sort column and direction, free text and named filters."""

    sort_key: str | None = None
    descending: bool = False
    text: str = ""
    filters: dict[str, Any] = field(default_factory=dict)


class RowSource(Protocol):
    """Implemented by each module's list query (Qt-free, in app/core/<module>/)."""

    columns: Sequence[GridColumn]

    def count(self, query: GridQuery) -> int:
        """How many rows match ``query``."""

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[Any]:
        """Rows ``offset``..``offset+limit`` matching ``query``: each a dict keyed by column
        key (plus any extra keys the view uses: flags, ids, tooltips), or a row object whose
        ``get(key)`` answers the same."""


def export_csv(source: RowSource, query: GridQuery, path: Path, titles: Sequence[str],
               token: CancelToken | None = None, page_size: int = 2000,
               translate: Translator = identity_translator) -> Iterator[Progress]:
    """Write every row matching ``query`` to a UTF-8 CSV (Excel-friendly BOM, ``;``); texts
    of the core (states, payment methods) in the language of ``translate``."""
    total = source.count(query)
    keys = [c.key for c in source.columns]
    tmp = path.with_suffix(path.suffix + ".part")
    done = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(titles)
        while done < total:
            if token is not None and token.cancelled:
                tmp.unlink(missing_ok=True)
                return
            rows = source.fetch(query, done, page_size)
            if not rows:
                break
            writer.writerows([safe_cell(_text(row.get(k), translate)) for k in keys] for row in rows)
            done += len(rows)
            yield Progress(done, total, msg("grid", "Export : {done} / {total} lignes", done=done, total=total))
    tmp.replace(path)


def _text(value: Any, translate: Translator) -> Any:
    return value.render(translate) if isinstance(value, Message) else value
