"""The CSV import's values column by column, and its fast reading of a plainly valid file.

Most files are exports from another system: every line complete, no control character,
no blank line, every value valid. Such a file is read with the csv module in one call and
checked one column at a time with the same field rules as the per-line reading (each rule
mapped over its column, no per-line objects). At the first line that is not plain, or the
first value a rule refuses, it gives up (``None``) and the per-line reading reads the file
again, which reports every refusal with its line: the result of a valid file is the same
either way, and an invalid one is always reported by the per-line reading.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any

from app.core.carpass import vehicle_rules as rules
from app.core.errors import ValidationError

# The stored columns of a dossier the file gives, in CleanDossier's order.
CLEAN_COLUMNS = ("number", "owner", "plate", "vin", "first_registration", "original_km", "damage_km", "repair_km",
                 "merged", "create_vat_number", "invoice_total")
# Control characters other than the line ends: a file holding one is read line by line.
_CONTROL_IN_A_LINE = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass
class ImportColumns:
    """Validated dossiers of a file, column by column: ``values[name][i]`` is the stored
    value of column ``name`` of the dossier on line ``lines[i]``."""

    lines: list[int]
    values: dict[str, list[Any]]
    work_started_at: list[datetime | None]

    def __len__(self) -> int:
        return len(self.lines)

    def part(self, start: int, stop: int) -> ImportColumns:
        """The dossiers ``start`` to ``stop`` (excluded)."""
        return ImportColumns(self.lines[start:stop], {name: column[start:stop] for name, column in self.values.items()},
                             self.work_started_at[start:stop])


def _checked(rule: Callable[[str], Any], cells: list[str]) -> list[Any]:
    """``rule`` of each cell; a column of few distinct cells (owners, dates) runs it once per
    distinct cell (the rules are functions of the cell alone)."""
    distinct = dict.fromkeys(cells)
    if len(distinct) * 2 > len(cells):
        return list(map(rule, cells))
    return list(map({cell: rule(cell) for cell in distinct}.__getitem__, cells))


def plain_file_columns(text: str, columns: Sequence[str], today: date,
                       parse_started: Callable[[str, datetime], datetime | None],
                       now: datetime) -> ImportColumns | None:
    """The file's dossiers when every line of ``text`` (header included) is plainly valid;
    ``None`` as soon as one is not (the per-line reading then reports it).

    ``columns`` is the header (each of the import's columns once); ``parse_started`` the
    import's reading of ``work_started_at`` (it names its own limit, ``now``).
    """
    if _CONTROL_IN_A_LINE.search(text):
        return None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=",")
    records = list(reader)[1:]
    width = len(columns)
    # One record per line (no quoted line break, no blank line), every one complete.
    if reader.line_num != len(records) + 1 or not records or any(len(record) != width for record in records):
        return None
    cells = {name: list(map(str.strip, column)) for name, column in zip(columns, zip(*records, strict=True),
                                                                           strict=True)}
    # A line of blank cells (which the per-line reading skips) has no number: refused below.
    try:
        values = {
            "number": rules.clean_number_column(cells["number"]),
            "owner": _checked(rules.clean_owner, cells["owner"]),
            "plate": _checked(rules.clean_plate, cells["plate"]),
            "vin": _checked(rules.clean_vin_value, cells["vin"]),
            "first_registration": _checked(lambda cell: rules.clean_first_registration(cell, today),
                                           cells["first_registration"]),
            **{name: rules.clean_km_column(name, cells[name]) for name in ("original_km", "damage_km", "repair_km")},
            **{name: rules.clean_flag_column(name, cells[name]) for name in ("merged", "create_vat_number")},
            "invoice_total": _checked(partial(rules.clean_amount, "invoice_total"), cells["invoice_total"]),
        }
        started = _checked(lambda cell: parse_started(cell, now), cells["work_started_at"])
    except ValidationError:
        return None
    if len(set(values["number"])) != len(records):
        return None  # a number twice: the per-line reading names both lines
    return ImportColumns(list(range(2, len(records) + 2)), values, started)


def columns_of(lines: list[int], cleans: Sequence[Any], started: list[datetime | None]) -> ImportColumns:
    """The same columns from the per-line reading's CleanDossier objects."""
    return ImportColumns(lines, {name: [getattr(clean, name) for clean in cleans] for name in CLEAN_COLUMNS}, started)
