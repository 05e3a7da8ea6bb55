"""Confirming readings the local checks blocked: a mandatory reason, kept on the reading
and in the history; several ticked rows at once; the command line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.core.carpass.entries import entry_history
from app.core.carpass.sending import credentials
from app.core.carpass.sending.anomaly_confirmation import blocked_readings, confirm_blocked, confirm_entries
from app.core.carpass.sending.history import HistorySource
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.sender import send_readings
from app.core.errors import NotFoundError, ValidationError
from app.core.grid import GridQuery
from app.core.progress import run_to_end
from tests.carpass.sending.conftest import FAST, PASSWORD_A, enrol
from tests.factories import PASSWORD

OLD = datetime.now(UTC) - timedelta(days=9)  # more than 5 days: the checks block the reading


def _blocked(carpass, number: int, vin: str) -> int:
    entry = enrol(carpass.db, carpass.site_a, number, vin=vin, clock_in=OLD)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert summary.lines[0].outcome == "blocked"
    return entry


def _reading(db, entry_id: int) -> CarpassReading:
    with db.session() as session:
        return session.scalars(select(CarpassReading).where(CarpassReading.entry_id == entry_id)
                               .order_by(CarpassReading.id.desc())).first()


def test_confirming_a_blocked_reading_takes_a_reason_kept_on_it_and_in_the_history(carpass, simulator):
    entry = _blocked(carpass, 1401, "WAUZZZ8V3EA070544")
    reading = _reading(carpass.db, entry)
    for empty in ("", "   \n "):
        with pytest.raises(ValidationError) as info:
            confirm_blocked(carpass.db, carpass.clerk_a, reading.id, empty)
        assert info.value.field == "reason" and "obligatoire" in str(info.value)
    with pytest.raises(ValidationError) as info:
        confirm_blocked(carpass.db, carpass.clerk_a, reading.id, "x" * 501)
    assert "500" in str(info.value)
    assert _reading(carpass.db, entry).state == "blocked"  # nothing half-written
    confirm_blocked(carpass.db, carpass.clerk_a, reading.id, "  véhicule revenu\n  après 9 jours  ")
    reading = _reading(carpass.db, entry)
    assert (reading.state, reading.confirmed_by, reading.confirm_reason) == \
        ("queued", "clerk.a", "véhicule revenu après 9 jours")
    assert "véhicule revenu" in entry_history(carpass.db, carpass.clerk_a, entry)[-1].detail
    (row,) = HistorySource(carpass.db, carpass.clerk_a).fetch(GridQuery(), 0, 10)
    assert row["confirm_reason"] == reading.confirm_reason
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert summary.lines[0].outcome == "sent" and len(simulator.state.observations) == 1
    with pytest.raises(ValidationError):  # once sent, nothing to confirm
        confirm_blocked(carpass.db, carpass.clerk_a, reading.id, "encore")


def test_several_ticked_rows_are_confirmed_at_once(carpass, simulator):
    first = _blocked(carpass, 1501, "WAUZZZ8V3EA070544")
    second = _blocked(carpass, 1502, "TMBJG7NE0F0124355")
    plain = enrol(carpass.db, carpass.site_a, 1503, vin="VF7XX4X2XN9059479")
    assert [b.dossier for b in blocked_readings(carpass.db, carpass.clerk_a, [first, second, plain])] == [1501, 1502]
    with pytest.raises(ValidationError):
        confirm_entries(carpass.db, carpass.clerk_a, [first, second], "")
    other_site = enrol(carpass.db, carpass.site_b, 1504)
    with pytest.raises(NotFoundError):
        confirm_entries(carpass.db, carpass.clerk_a, [first, other_site], "raison")
    assert {_reading(carpass.db, e).state for e in (first, second)} == {"blocked"}
    summary = confirm_entries(carpass.db, carpass.clerk_a, [plain, second, first], "contrôlé à l'atelier")
    assert [b.dossier for b in summary.confirmed] == [1501, 1502] and summary.not_blocked == [1503]
    assert {_reading(carpass.db, e).confirm_reason for e in (first, second)} == {"contrôlé à l'atelier"}
    sent = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[first, second], options=FAST))
    assert [line.outcome for line in sent.lines] == ["sent", "sent"]


@pytest.mark.usefixtures("qapp")
def test_carpass_confirm_on_the_command_line(sqlite_world, simulator, memory_keyring, monkeypatch, capsys):
    from app.core.carpass.sending.endpoint import set_endpoint

    world = sqlite_world
    monkeypatch.setenv("ATELIER_PASSWORD", PASSWORD)
    monkeypatch.setenv(credentials.PASSWORD_VARIABLE, PASSWORD_A)
    set_endpoint(world.db, world.admin_a, simulator.base_url)
    entry = enrol(world.db, world.site_a, 1601, clock_in=OLD)

    def atelier(*args):
        return main(["--database", world.db.url, "--user", "clerk.a", "--lang", "fr", *args])

    assert atelier("carpass", "send", "--patience", "1") == 1
    assert "1601\tblocked\t" in capsys.readouterr().out
    assert atelier("carpass", "confirm", "1601", "--reason", "  ") == 2
    assert "Raison de la confirmation : obligatoire" in capsys.readouterr().err
    assert atelier("carpass", "confirm", "1601", "--reason", "date vérifiée avec le client") == 0
    assert capsys.readouterr().out.startswith("1601\tsent\t")
    assert _reading(world.db, entry).confirm_reason == "date vérifiée avec le client"
    assert atelier("carpass", "confirm", "1601", "--reason", "encore") == 2  # nothing blocked any more
