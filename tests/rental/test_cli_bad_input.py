"""Bad input on the rental commands: exit 2 naming the option or field, nothing written;
admin-only commands refused to clerks (exit 1)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.core.rental.damages import vehicle_damages
from app.core.rental.dossiers import create_dossier, dossier_info
from app.core.rental.tariffs import list_tariffs
from app.core.timeutil import format_local, utcnow


@pytest.mark.parametrize(("user", "args", "code", "named"), [
    ("admin.a", ("customer", "add", "--name", "X", "--vat", "BE123"), 2, "Numéro de TVA"),
    ("clerk.a", ("customer", "add", "--name", "Assist", "--kind", "company", "--assistance"), 1, ""),
    ("admin.a", ("vehicles", "add", "--plate", "!!", "--category", "B", "--tank", "45"), 2, "Plaque"),
    ("clerk.a", ("vehicles", "add", "--plate", "1-NEW-001", "--category", "B", "--tank", "45"), 1, ""),
    ("admin.a", ("tariffs", "add", "WEEK", "--name", "Week-end", "--rate", "B:deux:10:10"), 2, "Grille, ligne 1"),
    ("admin.a", ("tariffs", "add", "WEEK", "--name", "Week-end", "--rate", "B:2"), 2, "--rate"),
    ("admin.a", ("agreements", "add", "--label", "X", "--account", "1", "--tariff", "ASSIST", "--pec",
                 "--insurer-pct", "150"), 2, "Part de l'assistance"),
    ("admin.a", ("extras", "add", "--tariff", "NOPE", "--code", "X", "--label", "X", "--price", "1"), 1, "NOPE"),
    ("admin.a", ("extras", "add", "--tariff", "PUBLIC", "--code", "X", "--label", "X", "--price", "-1"), 2,
     "Prix HTVA"),
    ("clerk.a", ("dossiers", "create", "--departure", "32-01-2026 09:00"), 2, "--departure"),
    ("clerk.a", ("dossiers", "create", "--departure", "02-03-2026 09:00", "--vehicle", "9-ZZZ-999"), 2, "--vehicle"),
    ("clerk.a", ("statement", "--assistance", "Europ", "--month", "2026-13", "--csv", "x.csv"), 2, "Mois"),
    ("clerk.a", ("statement", "--assistance", "Europ", "--month", "2026-11"), 2, "--out"),
])
def test_bad_input_is_named_and_nothing_is_written(sqlite_rental, run_cli, user, args, code, named):
    w = sqlite_rental.world
    before = [t.data for t in list_tariffs(w.db, w.admin_a, include_inactive=True)]
    result = run_cli(w.db, "--user", user, "rental", *args)
    assert result.code == code, result.err
    assert named in result.err
    assert [t.data for t in list_tariffs(w.db, w.admin_a, include_inactive=True)] == before


def test_return_with_a_bad_photo_or_readings_writes_nothing(sqlite_rental, run_cli, tmp_path):
    w = sqlite_rental.world
    now = utcnow().replace(second=0, microsecond=0)
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(planned_departure=now - timedelta(days=3),
                                                                  planned_return=now + timedelta(days=2)), "contract")
    user = ("--user", "clerk.a", "rental")
    departed = run_cli(w.db, *user, "depart", "1", "--at", format_local(now - timedelta(days=3)), "--km", "10000",
                       "--fuel", "9")
    assert departed.code == 2 and "--fuel" in departed.err
    assert run_cli(w.db, *user, "depart", "1", "--at", format_local(now - timedelta(days=3)), "--km", "10000",
                   "--fuel", "8").code == 0
    text = tmp_path / "notes.txt"
    text.write_text("pas une photo")
    back = run_cli(w.db, *user, "return", "1", "--at", format_local(now), "--km", "10300", "--fuel", "8",
                   "--damage", "bosse", "--photo", str(text))
    assert back.code == 2 and "notes.txt" in back.err
    lower = run_cli(w.db, *user, "return", "1", "--at", format_local(now), "--km", "9000", "--fuel", "8")
    assert lower.code == 2 and "Kilométrage retour" in lower.err
    alone = run_cli(w.db, *user, "return", "1", "--at", format_local(now), "--km", "10300", "--fuel", "8",
                    "--photo", str(text))
    assert alone.code == 2 and "--damage" in alone.err
    assert dossier_info(w.db, w.clerk_a, info.id).data.actual_return is None
    assert vehicle_damages(w.db, w.clerk_a, sqlite_rental.car_b1) == []
