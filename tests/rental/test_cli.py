"""``atelier rental`` commands, run in-process."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from app.core.rental.dossiers import create_dossier, update_dossier
from tests.rental.conftest import DEP


def _seed_contract(rental):
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    return update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
        info.data, actual_departure=DEP, actual_return=DEP + timedelta(days=5), km_out=10_000, km_in=10_400,
        fuel_out=8, fuel_in=5))


def test_price_prints_both_payers(sqlite_rental, run_cli):
    info = _seed_contract(sqlite_rental)
    result = run_cli(sqlite_rental.world.db, "--user", "clerk.a", "rental", "price", str(info.number))
    assert result.code == 0, result.err
    assert "PEC-LOC" in result.out and "CARB" in result.out and "PLEIN" in result.out
    assert "Total PEC : 175.00 € HTVA, TVA 36.75 €, 211.75 € TVAC" in result.out
    assert "Total client : 55.44 € HTVA" in result.out


def test_list_extend_and_report(sqlite_rental, run_cli):
    db = sqlite_rental.world.db
    info = create_dossier(db, sqlite_rental.world.clerk_a, sqlite_rental.pec_data(), "contract")
    listed = run_cli(db, "--user", "clerk.a", "rental", "dossiers", "list", "--pec")
    assert listed.code == 0 and "AX-2026-0042" in listed.out and "1 dossier(s)" in listed.out
    bad = run_cli(db, "--user", "clerk.a", "rental", "extend", str(info.number), "--by", "assistance",
                  "--return", "09-03-2026 09:00")
    assert bad.code == 2 and "--days" in bad.err
    zero = run_cli(db, "--user", "clerk.a", "rental", "extend", str(info.number), "--by", "assistance", "--days", "0")
    assert zero.code == 2 and "Jours accordés" in zero.err
    extended = run_cli(db, "--user", "clerk.a", "rental", "extend", str(info.number), "--by", "client",
                       "--return", "09-03-2026 09:00")
    assert extended.code == 0, extended.err
    assert "Total client : 105.00 € HTVA" in extended.out
    report = run_cli(db, "--user", "clerk.a", "rental", "report", "incomplete")
    assert report.code == 0 and "0 contrat(s) à régulariser" in report.out  # the client agreed to the 2 days
    granted = run_cli(db, "--user", "clerk.a", "rental", "extend", str(info.number), "--by", "assistance",
                      "--days", "3", "--reference", "EA-EXT-2", "--note", "appel de Mme Claes")
    assert granted.code == 0, granted.err
    assert "Total PEC : 280.00 € HTVA" in granted.out  # 8 days: 175 + 3 × 35
    history = run_cli(db, "--user", "clerk.a", "rental", "history", str(info.number))
    assert history.code == 0 and "couverts par l'assistance : 8 jour(s)" in history.out
    assert "EA-EXT-2" in history.out and "client  +2 j" in history.out and "assistance  +3 j" in history.out
    other_site = run_cli(db, "--user", "clerk.b", "rental", "price", str(info.number))
    assert other_site.code == 1 and "introuvable" in other_site.err


def test_settings_are_admin_only(sqlite_rental, run_cli):
    db = sqlite_rental.world.db
    assert run_cli(db, "--user", "clerk.a", "rental", "settings", "--vat", "6", "--grace", "30").code == 1
    assert run_cli(db, "--user", "admin.a", "rental", "settings", "--vat", "abc", "--grace", "30").code == 2
    assert run_cli(db, "--user", "admin.a", "rental", "settings", "--vat", "6", "--grace", "30").code == 0
    fleet = run_cli(db, "--user", "clerk.a", "rental", "fleet")
    assert "1-ABC-101" in fleet.out and "2-XYZ-001" not in fleet.out
