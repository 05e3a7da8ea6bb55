"""The Car-Pass sending commands, run through the real ``atelier`` entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from app.cli.main import main
from app.core.carpass.sending import credentials, protocol
from app.core.carpass.sending.endpoint import read_settings
from tests.carpass.sending.conftest import ESTABLISHMENT_A, PASSWORD_A, enrol
from tests.factories import PASSWORD

ROOT = Path(__file__).resolve().parents[3]
# main() reuses the running Qt application for its translator: let pytest-qt create a
# QApplication first, or a bare QCoreApplication would break the GUI tests that follow.
pytestmark = pytest.mark.usefixtures("qapp")


def atelier(world, user, *args):
    return main(["--database", world.db.url, "--user", user, "--lang", "fr", *args])


def test_send_prints_one_line_per_reading_and_exits_0_when_all_accepted(sqlite_world, simulator, memory_keyring,
                                                                        monkeypatch, capsys):
    world = sqlite_world
    monkeypatch.setenv("ATELIER_PASSWORD", PASSWORD)
    assert atelier(world, "admin.a", "carpass", "endpoint", "set", simulator.base_url) == 0
    monkeypatch.setenv(credentials.PASSWORD_VARIABLE, PASSWORD_A)
    assert atelier(world, "admin.a", "carpass", "credentials", "set") == 0
    monkeypatch.delenv(credentials.PASSWORD_VARIABLE)
    assert memory_keyring.store[(credentials.SERVICE, ESTABLISHMENT_A)] == PASSWORD_A
    assert atelier(world, "admin.a", "carpass", "credentials", "test") == 0
    enrol(world.db, world.site_a, 1095)
    enrol(world.db, world.site_a, 1112, vin="TMBJG7NE0F0124355")
    capsys.readouterr()
    assert atelier(world, "clerk.a", "carpass", "send", "--timeout", "5", "--patience", "2") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["1095", "sent"], ["1112", "sent"]]
    assert atelier(world, "clerk.a", "carpass", "send") == 0
    assert "Aucun relevé à envoyer" in capsys.readouterr().out
    assert atelier(world, "clerk.a", "carpass", "status") == 0
    assert "2 relevé(s) vérifié(s)" in capsys.readouterr().out


def test_send_exits_1_when_a_reading_is_refused_or_not_sendable(sqlite_world, simulator, memory_keyring,
                                                                monkeypatch, capsys):
    world = sqlite_world
    monkeypatch.setenv("ATELIER_PASSWORD", PASSWORD)
    monkeypatch.setenv(credentials.PASSWORD_VARIABLE, PASSWORD_A)  # scheduled task without keyring
    atelier(world, "admin.a", "carpass", "endpoint", "set", simulator.base_url)
    enrol(world.db, world.site_a, 1, damage_km=None)
    enrol(world.db, world.site_a, 2, vin="AB")  # the service wants 3 to 17 characters
    enrol(world.db, world.site_a, 3, vin="TMBJG7NE0F0124355")
    enrol(world.db, world.site_a, 4, vin="HFJFJGFJHFJHFJHFH12")  # longer than 17: never sent
    capsys.readouterr()
    assert atelier(world, "clerk.a", "carpass", "send", "--patience", "1") == 1
    out = capsys.readouterr().out
    assert "1\tnot_sendable\tkm dégât manquant" in out
    assert "2\tfailed\trefusé par Car-Pass : VIN invalide" in out and "3\tsent\t" in out
    assert "4\tnot_sendable\tVIN de plus de 17 caractères" in out


def test_site_isolation_and_admin_rights_on_the_command_line(sqlite_world, memory_keyring, monkeypatch, capsys):
    world = sqlite_world
    monkeypatch.setenv("ATELIER_PASSWORD", PASSWORD)
    monkeypatch.setenv(credentials.PASSWORD_VARIABLE, PASSWORD_A)
    enrol(world.db, world.site_b, 7001)
    assert atelier(world, "clerk.a", "carpass", "send", "--dossier", "7001") == 1
    assert "7001" in capsys.readouterr().err
    assert atelier(world, "clerk.a", "carpass", "endpoint", "set", "https://test.example/api") == 1
    assert atelier(world, "admin.a", "carpass", "endpoint", "set", "http://evil.example/api") == 2
    assert "https://" in capsys.readouterr().err
    assert read_settings(world.db, world.admin_a).endpoint_url == protocol.PRODUCTION_URL
    assert atelier(world, "admin.a", "carpass", "endpoint", "set", "https://ws-test.car-pass.be/api/") == 0
    assert read_settings(world.db, world.admin_a).endpoint_url == "https://ws-test.car-pass.be/api"
    assert read_settings(world.db, world.admin_b).endpoint_url == protocol.PRODUCTION_URL


def test_simulator_command_serves_on_loopback(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), ATELIER_CARPASS_SIM_ACCOUNTS=f"{ESTABLISHMENT_A}={PASSWORD_A}")
    process = subprocess.Popen([sys.executable, "-m", "app", "--lang", "fr", "carpass-simulator", "--port", "0"],
                               env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()
        assert "http://127.0.0.1:" in first, process.stderr.read() if process.poll() is not None else first
        url = first.split(" sur ")[1].split(" ")[0]
        headers = protocol.software_headers()
        assert requests.get(url + "/activities", auth=(ESTABLISHMENT_A, PASSWORD_A), headers=headers,
                            timeout=5).status_code == 200
        assert requests.get(url + "/activities", auth=(ESTABLISHMENT_A, "nope"), headers=headers,
                            timeout=5).status_code == 401
    finally:
        process.kill()
        process.wait(timeout=10)


def test_readings_to_check_are_resolved_on_the_command_line(sqlite_world, simulator, memory_keyring, monkeypatch,
                                                             capsys):
    world = sqlite_world
    monkeypatch.setenv("ATELIER_PASSWORD", PASSWORD)
    monkeypatch.setenv(credentials.PASSWORD_VARIABLE, PASSWORD_A)
    atelier(world, "admin.a", "carpass", "endpoint", "set", simulator.base_url)
    enrol(world.db, world.site_a, 1301)
    enrol(world.db, world.site_a, 1302, vin="TMBJG7NE0F0124355")
    simulator.faults.kinds, simulator.faults.rate = ("accept_drop",), 1.0
    capsys.readouterr()
    assert atelier(world, "clerk.a", "carpass", "send", "--patience", "1") == 1
    out = capsys.readouterr().out
    assert "1301\tuncertain\tà vérifier : connexion coupée" in out and "1302\tuncertain\t" in out
    simulator.set_fault_rate(0.0)
    # resending something Car-Pass may have needs --yes
    assert atelier(world, "clerk.a", "carpass", "resend", "1301") == 2
    assert "--yes" in capsys.readouterr().err and simulator.state.observation_posts == 2
    # the portal shows 1301: its requestGuid is typed, checked, recorded
    assert atelier(world, "clerk.a", "carpass", "mark-received", "1301", "--guid", "1234") == 2
    assert "requestGuid" in capsys.readouterr().err
    guid = simulator.state.observations_of_vin("WAUZZZ8V3EA070544")[0].guid
    assert atelier(world, "clerk.a", "carpass", "mark-received", "1301", "--guid", guid.upper()) == 0
    assert f"requestGuid {guid}" in capsys.readouterr().out
    assert atelier(world, "clerk.a", "carpass", "mark-received", "1301", "--guid", guid) == 2  # no longer à vérifier
    capsys.readouterr()
    # 1302 is resent after checking the portal; it is posted again at once
    assert atelier(world, "clerk.a", "carpass", "resend", "1302", "--yes") == 0
    assert capsys.readouterr().out.startswith("1302\tsent\t")
    assert simulator.state.observation_posts == 3
    assert atelier(world, "clerk.a", "carpass", "resend", "9999", "--yes") == 1
    assert "9999" in capsys.readouterr().err
