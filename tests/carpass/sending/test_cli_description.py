"""``dossiers describe`` and ``carpass credentials username`` through the real ``atelier``
entry point, with the site's list of work fetched from the simulator over HTTP."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.core.carpass.models import CarpassActivity
from tests.carpass.helpers import make_dossier
from tests.carpass.sending.conftest import ESTABLISHMENT_A, PASSWORD_A

pytestmark = pytest.mark.usefixtures("qapp")


def test_describe_fetches_the_list_then_sets_clears_and_names_unknown_codes(run_cli, carpass):
    db = carpass.db
    make_dossier(db, carpass.clerk_a, 1095)
    result = run_cli(db, "--user", "clerk.a", "--lang", "fr", "dossiers", "describe", "1095",
                     "--activity", "timing_belt", "--activity", "WATER_PUMP")
    assert result.code == 0, result.err
    assert "description des travaux enregistrée" in result.out
    assert "TIMING_BELT" in result.out and "Moteur : Remplacement de la courroie de distribution" in result.out
    with db.session() as session:  # the list was fetched for the site on the way
        assert session.scalar(select(func.count()).select_from(CarpassActivity)) == 67
    refused = run_cli(db, "--user", "clerk.a", "dossiers", "describe", "1095", "--activity", "PAINT",
                      "--activity", "DILITHIUM")
    assert refused.code == 2 and "DILITHIUM" in refused.err and "Travaux effectués" in refused.err
    dutch = run_cli(db, "--user", "clerk.a", "--lang", "nl", "dossiers", "describe", "1095")
    assert dutch.code == 0 and "Motor: Vervangen van de distributieriem" in dutch.out
    cleared = run_cli(db, "--user", "clerk.a", "dossiers", "describe", "1095", "--clear")
    assert cleared.code == 0 and "effacée" in cleared.out
    both = run_cli(db, "--user", "clerk.a", "dossiers", "describe", "1095", "--clear", "--activity", "PAINT")
    assert both.code == 2 and "--clear" in both.err
    missing = run_cli(db, "--user", "clerk.a", "dossiers", "describe", "4242", "--activity", "PAINT")
    assert missing.code == 1 and "4242" in missing.err
    shown = run_cli(db, "--user", "clerk.a", "dossiers", "show", "1095", "--format", "json")
    assert '"activities": []' in shown.out


def test_describe_lists_codes_and_without_a_list_says_so(run_cli, world, memory_keyring):
    db = world.db
    make_dossier(db, world.clerk_a, 1095)
    result = run_cli(db, "--user", "clerk.a", "dossiers", "describe", "1095", "--activity", "PAINT")
    assert result.code == 1 and "pas encore chargée" in result.err and "Aucun mot de passe" in result.err


def test_username_command(run_cli, carpass, simulator):
    db = carpass.db
    shown = run_cli(db, "--user", "clerk.a", "carpass", "credentials", "username")
    assert shown.code == 0 and ESTABLISHMENT_A in shown.out
    assert run_cli(db, "--user", "clerk.a", "carpass", "credentials", "username", "--set", "acc-test").code == 1
    bad = run_cli(db, "--user", "admin.a", "carpass", "credentials", "username", "--set", "a:b")
    assert bad.code == 2 and "Nom d'utilisateur Car-Pass" in bad.err
    assert run_cli(db, "--user", "admin.a", "carpass", "credentials", "username", "--set", " ").code == 2
    simulator.accounts["acc-test"] = PASSWORD_A
    changed = run_cli(db, "--user", "admin.a", "carpass", "credentials", "username", "--set", "acc-test")
    assert changed.code == 0 and "acc-test" in changed.out and ESTABLISHMENT_A in changed.out
    tested = run_cli(db, "--user", "admin.a", "carpass", "credentials", "test")
    assert tested.code == 0 and "acc-test" in tested.out
    back = run_cli(db, "--user", "admin.a", "carpass", "credentials", "username", "--default")
    assert back.code == 0 and "acc-test" not in back.out
