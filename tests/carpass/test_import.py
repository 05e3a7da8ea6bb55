"""CSV import of dossiers: all or nothing, line numbers in errors, clock-in and enrolment."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.dossier_import import import_dossiers
from app.core.carpass.dossiers import find_dossier
from app.core.carpass.models import ClockEvent, Dossier
from app.core.errors import ValidationError, ValidationErrors
from app.core.grid import GridQuery
from app.core.progress import CancelToken, run_to_end
from tests.carpass.helpers import make_dossier

HEADER = ("number,owner,plate,vin,first_registration,original_km,damage_km,repair_km,work_started_at,merged,"
          "create_vat_number,invoice_total\n")
GOOD = (
    '1095,hjpgfjfhg,1FSG786,WAUZZZ8V3EA070544,2014-05-01,125896,125896,125900,2017-07-18T08:30:00,0,1,\n'
    '1112,"LOCAFIX S.P.R.L.",1NAL363,TMBJG7NE0F0124355,,54302,,,2017-07-26T09:00:00+02:00,0,0,1142.04\n'
    '1126,Reception app,1UHG456,HFJFJGFJHFJHFJHFH123,,25680,,,2017-08-29T10:00,0,0,\n'
    '-5,Interne,,,,,,,2017-09-01T10:00,0,0,\n'
    '1191,,1EOA242,U5YHM816ADL023811,,123,,,,0,0,\n'
)


def write(tmp_path, body, header=HEADER, name="dossiers.csv"):
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


def count(db):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Dossier))


def test_good_file_is_imported_and_enrolled(world, tmp_path):
    db = world.db
    steps = []
    operation = import_dossiers(db, world.clerk_a, write(tmp_path, GOOD))
    while True:
        try:
            steps.append(next(operation))
        except StopIteration as stop:
            result = stop.value
            break
    assert (result.imported, result.enrolled) == (5, 2)  # 1126: VIN > 17, -5: internal, 1191: no owner/start
    assert steps[-1].done == steps[-1].total == 5
    locafix = find_dossier(db, world.clerk_a, 1112)
    assert locafix.invoice_total == Decimal("1142.04") and locafix.owner == "LOCAFIX S.P.R.L."
    assert locafix.work_started_at.isoformat() == "2017-07-26T07:00:00+00:00"
    assert find_dossier(db, world.clerk_a, 1095).work_started_at.isoformat() == "2017-07-18T06:30:00+00:00"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ClockEvent)) == 4
    rows = CarpassListSource(db, world.clerk_a).fetch(GridQuery(), 0, 10)
    assert [r.dossier for r in rows] == [1095, 1112]
    assert count(db) == 5


@pytest.mark.parametrize("bad_line, reason", [
    ("1300,X,1AAA111,WAUZZZ8V3EA070544,2014-05-01,-3,,,,0,0,", "négatif"),
    ("1300,X,1AAA111,WAUZZZ8V3EA0705,2099-05-01,1,,,,0,0,", "futur"),
    ("1300,X,1AAA111,WAUZ-ZZ8V3,,1,,,,0,0,", "lettres et chiffres"),
    ("1300,X,1AAA111,,,1,,,demain,0,0,", "ISO"),
    ("1300,X,1AAA111,,,1,,,,2,0,", "0 ou 1"),
    ("1095,X,1AAA111,,,1,,,,0,0,", "ligne 2"),
    ("1300,X,1AAA111,,,1,,,,0,0,12.345", "ambigu"),
    ("1300,X,1AAA111,,,1,,,,0,0,12.3456", "décimales"),
    ("1300,X,1AAA111,,,1,,,,0,0,,extra", "trop de colonnes"),
])
def test_one_bad_line_imports_nothing(world, tmp_path, bad_line, reason):
    db = world.db
    path = write(tmp_path, GOOD + bad_line + "\n")
    with pytest.raises((ValidationError, ValidationErrors)) as info:
        run_to_end(import_dossiers(db, world.clerk_a, path))
    text = info.value.render_all(lambda c, t: t) if isinstance(info.value, ValidationErrors) else str(info.value)
    assert "ligne 7" in text and reason in text
    assert count(db) == 0


def test_every_bad_line_is_listed(world, tmp_path):
    path = write(tmp_path, "x,,,,,,,,,,,\n1,,,,,,-1,,,,,\n")
    with pytest.raises(ValidationErrors) as info:
        run_to_end(import_dossiers(world.db, world.clerk_a, path))
    assert [getattr(e, "line", None) for e in info.value.errors] == [2, 3]


def test_existing_number_at_the_site_imports_nothing(world, tmp_path):
    db = world.db
    make_dossier(db, world.clerk_a, 1191)
    make_dossier(db, world.clerk_b, 1095)  # other site: no clash
    with pytest.raises(ValidationErrors) as info:
        run_to_end(import_dossiers(db, world.clerk_a, write(tmp_path, GOOD)))
    assert "ligne 6" in info.value.render_all(lambda c, t: t)
    assert count(db) == 2


def test_bad_header_or_encoding(world, tmp_path):
    with pytest.raises(ValidationError) as info:
        run_to_end(import_dossiers(world.db, world.clerk_a, write(tmp_path, GOOD, header="numero,owner\n")))
    assert "manquantes" in str(info.value) and "number" in str(info.value)
    latin = tmp_path / "latin.csv"
    latin.write_bytes((HEADER + "1,Liège,,,,,,,,0,0,\n").encode("latin-1"))
    with pytest.raises(ValidationError) as info:
        run_to_end(import_dossiers(world.db, world.clerk_a, latin))
    assert "UTF-8" in str(info.value)
    assert count(world.db) == 0


def test_cancel_during_import_rolls_back(world, tmp_path):
    db = world.db
    body = "".join(f"{n},Client {n},,,,,,,,0,0,\n" for n in range(1, 1201))
    token = CancelToken()
    operation = import_dossiers(db, world.clerk_a, write(tmp_path, body), token)
    with pytest.raises(Exception) as info:
        for step in operation:
            if step.message is not None and "Import" in str(step.message):
                token.cancel()
    assert "annulé" in str(info.value)
    assert count(db) == 0
