"""CSV import against careless and hostile files: short rows refused with their line,
control characters refused (never dropped, NUL alike on both databases), dates far out of
range refused with a sentence (never OverflowError); nothing imported (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from app.core.carpass.dossier_import import import_dossiers
from app.core.errors import ValidationError, ValidationErrors
from app.core.progress import run_to_end
from tests.carpass.test_import import GOOD, count, write


def _refusal(world, tmp_path, body: str) -> str:
    path = write(tmp_path, body)
    with pytest.raises((ValidationError, ValidationErrors)) as info:
        run_to_end(import_dossiers(world.db, world.clerk_a, path))
    assert count(world.db) == 0
    return info.value.render_all(lambda c, t: t) if isinstance(info.value, ValidationErrors) else str(info.value)


@pytest.mark.parametrize("short_line", ["1300,X,1AAA111", "1300,X,1AAA111,WAUZZZ8V3EA070544,2014-05-01,1,,,,0,0"])
def test_a_row_with_missing_columns_is_refused_with_its_line(world, tmp_path, short_line):
    text = _refusal(world, tmp_path, GOOD + short_line + "\n")
    assert "ligne 7" in text and "colonnes manquantes" in text


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1c", "\x1e", "\x7f", "\x85", "\x0b", "\t"])
def test_control_characters_are_refused_not_dropped(world, tmp_path, character):
    text = _refusal(world, tmp_path, GOOD + f"1300,Gar{character}age,1AAA111,,,1,,,,0,0,\n")
    assert "ligne 7" in text and f"U+{ord(character):04X}" in text and "Propriétaire" in text


def test_a_line_break_inside_a_quoted_cell_is_refused(world, tmp_path):
    text = _refusal(world, tmp_path, GOOD + '1300,"Gar\nage",1AAA111,,,1,,,,0,0,\n')
    assert "U+000A" in text


@pytest.mark.parametrize("line, reason", [
    ("1300,X,1AAA111,,,1,,,0001-01-01T00:00,0,0,", "hors limites"),
    ("1300,X,1AAA111,,,1,,,0001-01-01T00:30+01:00,0,0,", "hors limites"),
    ("1300,X,1AAA111,,,1,,,9999-12-31T23:59,0,0,", "hors limites"),
    ("1300,X,1AAA111,,0001-01-01,1,,,,0,0,", "trop ancienne"),
    ("1300,X,1AAA111,,9999-12-31,1,,,,0,0,", "futur"),
])
def test_dates_far_out_of_range_get_a_sentence(world, tmp_path, line, reason):
    text = _refusal(world, tmp_path, GOOD + line + "\n")
    assert "ligne 7" in text and reason in text
