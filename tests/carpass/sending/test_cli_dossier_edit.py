"""``dossiers edit`` through the real ``atelier`` entry point: fields change, the others are
kept; once Car-Pass received the dossier's reading (over HTTP to the simulator), a km edit
prints the warning and the ``carpass correct`` command to use."""

from __future__ import annotations

from app.core.carpass.dossiers import find_dossier
from app.core.carpass.sending.sender import send_readings
from app.core.progress import run_to_end
from tests.carpass.sending.conftest import FAST, enrol

NNBSP = "\u202f"


def test_dossiers_edit_keeps_other_fields_and_hints_the_correction(run_cli, carpass, simulator):
    db = carpass.db
    entry = enrol(db, carpass.site_a, 2501, damage_km=50_000)
    before = run_cli(db, "--user", "clerk.a", "--lang", "fr", "dossiers", "edit", "2501", "--damage-km", "50500")
    assert before.code == 0, before.err
    assert "Dossier 2501 enregistré." in before.out and "corriger" not in before.out  # nothing sent yet
    run_to_end(send_readings(db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    owner = run_cli(db, "--user", "clerk.a", "--lang", "fr", "dossiers", "edit", "2501", "--owner", "NOUVEAU")
    assert owner.code == 0 and "corriger" not in owner.out  # the km did not change
    edited = run_cli(db, "--user", "clerk.a", "--lang", "fr", "dossiers", "edit", "2501", "--damage-km", "51000")
    assert edited.code == 0, edited.err
    assert f"Car-Pass a reçu 50{NNBSP}500 km ; corriger ?" in edited.out
    assert "atelier carpass correct 2501 --km 51000 --reason TEXTE" in edited.out
    stored = find_dossier(db, carpass.clerk_a, 2501)
    assert (stored.owner, stored.damage_km, stored.plate) == ("NOUVEAU", 51_000, "1ABC123")
    assert simulator.state.corrections_for(
        next(o.guid for o in simulator.state.observations.values())) == []  # only a hint: nothing sent
    nothing = run_cli(db, "--user", "clerk.a", "dossiers", "edit", "2501")
    assert nothing.code == 2 and "au moins un champ" in nothing.err
    refused = run_cli(db, "--user", "clerk.a", "dossiers", "edit", "2501", "--damage-km", "-3")
    assert refused.code == 2 and find_dossier(db, carpass.clerk_a, 2501).damage_km == 51_000
    assert run_cli(db, "--user", "clerk.b", "dossiers", "edit", "2501", "--owner", "X").code == 1
