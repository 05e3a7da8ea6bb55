"""The import's column-by-column reading of plain files: it gives what the per-line reading
gives (same values, same lines) whenever it accepts a file, it gives up on every unusual
file (the per-line reading then reports), and the plain-amount shortcut reads euros as
parse_decimal does."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.carpass import dossier_import
from app.core.carpass import vehicle_rules as rules
from app.core.carpass.import_columns import CLEAN_COLUMNS, plain_file_columns
from app.core.errors import ValidationError, ValidationErrors
from app.core.numbers import parse_decimal
from app.core.progress import run_to_end
from app.core.timeutil import local_today, utcnow

HEADER = list(dossier_import.IMPORT_COLUMNS)
PLAIN = ["1095", "DUBOIS BENOIT", "1ABC123", "WAUZZZ8V3EA070544", "2014-05-01", "125896", "125896", "125900",
         "2017-07-18T08:30", "0", "1", "1142.04"]
VALID = {name: st.sampled_from(["", PLAIN[i]]) for i, name in enumerate(HEADER)}
CELL = st.one_of(st.sampled_from(["", " ", "0", "1", "007", "12,5", "1142.04", "4500.5", "-3", "2020-02-29",
                                  "2021-02-29", "29-02-2020", "2999-01-01", "wauzzz8v3ea070544", "1-abc-123", "oui",
                                  "2017-07-18T08:30", "2017-07-18T08:30:00+02:00", "2999-01-01T00:00", "NaN",
                                  'A "B", C']),
                 st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8))


def _csv(lines: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([HEADER, *lines])
    return out.getvalue()


def _per_line(tmp_path, text: str):
    """The per-line reading's result (a blank line at the end keeps the fast reading out)."""
    path = tmp_path / "lines.csv"
    path.write_text(text + "\n", encoding="utf-8")
    return run_to_end(dossier_import._read(path, None))


@settings(max_examples=150, deadline=None, database=None)
@given(lines=st.lists(st.tuples(*[VALID[name] for name in HEADER]), min_size=1, max_size=4),
       change=st.one_of(st.none(), st.tuples(st.integers(0, 3), st.integers(0, 11), CELL)), numbers=st.booleans())
def test_the_column_reading_agrees_with_the_per_line_reading(tmp_path_factory, lines, change, numbers):
    lines = [list(line) for line in lines]
    if numbers:  # distinct valid numbers, so that the other cells decide
        lines = [[str(100 + i), *line[1:]] for i, line in enumerate(lines)]
    if change is not None:  # one cell of anything
        row, column, cell = change
        lines[row % len(lines)][column] = cell
    text = _csv(lines)
    fast = plain_file_columns(text, HEADER, local_today(), dossier_import.parse_work_started, utcnow())
    if fast is None:
        return
    folder = tmp_path_factory.mktemp("agree")
    path = folder / "lines.csv"
    path.write_text(text + "\n", encoding="utf-8")
    try:
        slow = run_to_end(dossier_import._read(path, None))
    except (ValidationError, ValidationErrors):  # pragma: no cover - the failure this test looks for
        pytest.fail("the column reading accepted a file the per-line reading refuses")
    assert list(fast.values) == list(CLEAN_COLUMNS)
    assert fast.values == slow.values and fast.lines == slow.lines and fast.work_started_at == slow.work_started_at


def test_a_plain_file_is_read_by_columns_with_the_per_line_values(tmp_path):
    lines = [PLAIN, ["-5", "", "", "", "", "", "", "", "", "0", "0", ""],
             ["1112", "LOCAFIX S.P.R.L.", "1nal363", "tmbjg7ne0f0124355", "2015-3-1", "54302", "", "", "", "1", "0",
              "7"]]
    text = _csv(lines)
    fast = plain_file_columns(text, HEADER, date.today(), dossier_import.parse_work_started, utcnow())
    assert fast is not None and fast.lines == [2, 3, 4]
    assert fast.values["invoice_total"] == [Decimal("1142.04"), None, Decimal("7.00")]
    assert fast.values["vin"][2] == "TMBJG7NE0F0124355" and fast.values["first_registration"][2] == date(2015, 3, 1)
    slow = _per_line(tmp_path, text)
    assert fast.values == slow.values and fast.lines == slow.lines and fast.work_started_at == slow.work_started_at
    assert isinstance(fast.work_started_at[0], datetime)


@pytest.mark.parametrize("unusual", [
    "a blank line", "a short line", "a long line", "a control character", "a line break in a cell", "a bad value",
    "a number twice", "blank cells only"])
def test_unusual_files_are_left_to_the_per_line_reading(unusual):
    lines = [list(PLAIN), [str(1096), *PLAIN[1:]]]
    text = None
    if unusual == "a blank line":
        text = _csv(lines).replace("\n1096", "\n\n1096")
    elif unusual == "a short line":
        lines[1] = lines[1][:-1]
    elif unusual == "a long line":
        lines[1] = [*lines[1], ""]
    elif unusual == "a control character":
        lines[1][1] = "DUBOIS\tBENOIT"
    elif unusual == "a line break in a cell":
        lines[1][1] = "DUBOIS\nBENOIT"
    elif unusual == "a bad value":
        lines[1][5] = "12,5"
    elif unusual == "a number twice":
        lines[1][0] = lines[0][0]
    else:
        lines[1] = [""] * 12
    text = text or _csv(lines)
    assert plain_file_columns(text, HEADER, date.today(), dossier_import.parse_work_started, utcnow()) is None
    assert plain_file_columns(_csv(lines[:1]), HEADER, date.today(), dossier_import.parse_work_started,
                              utcnow()) is not None


@settings(max_examples=300, deadline=None, database=None)
@given(raw=st.from_regex(r"[0-9]{1,12}(\.[0-9]{1,2})?", fullmatch=True))
def test_plain_amounts_read_as_parse_decimal_reads_them(raw):
    expected = parse_decimal(raw, places=2)
    try:
        value = rules.clean_amount("invoice_total", raw)
    except ValidationError:
        assert expected >= rules.INVOICE_LIMIT
        return
    assert value == expected and value.as_tuple().exponent == -2


COLUMN_CELL = st.one_of(st.sampled_from(["", "0", "1", "007", "1999999", "2000000", "9999999", "12345678", "-3",
                                         "1 000", "٣", "oui", "9" * 11, "2000000000", "1999999999"]),
                        st.from_regex(r"[0-9]{1,8}", fullmatch=True), st.text(max_size=4))


def _each(rule, cells):
    """The rule of each cell, or the first refusal's field and reason."""
    try:
        return [rule(cell) for cell in cells]
    except ValidationError as error:
        return (error.field, str(error))


def _column(rule, cells):
    try:
        return rule(cells)
    except ValidationError as error:
        return (error.field, str(error))


@settings(max_examples=400, deadline=None, database=None)
@given(cells=st.lists(COLUMN_CELL, max_size=6))
def test_whole_columns_read_as_each_cell_would(cells):
    assert _column(rules.clean_number_column, cells) == _each(rules.clean_number, cells)
    assert _column(lambda c: rules.clean_km_column("damage_km", c), cells) == _each(
        lambda c: rules.clean_km("damage_km", c), cells)
    assert _column(lambda c: rules.clean_flag_column("merged", c), cells) == _each(
        lambda c: rules.clean_flag("merged", c), cells)
    plain = [cell for cell in cells if cell.isascii() and cell.isdigit() and 0 < int(cell) < 1_000_000]
    assert rules.clean_number_column(plain) == [int(cell) for cell in plain]
