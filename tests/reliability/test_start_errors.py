"""Database problems at start and unwritable output files: one clear sentence, exit 1,
never a traceback (CLI), and the same sentence for the GUI's opening of the database."""

from __future__ import annotations

import sqlite3

import pytest

from app.cli.main import main
from app.core.db.engine import database_error
from app.core.db.opening import open_for_station
from app.core.errors import DatabaseUnavailableError
from tests.rental.invoicing.factories import make_contract, make_rental_world


def _cli(capsys, monkeypatch, url: str, *args: str) -> tuple[int, str]:
    monkeypatch.setenv("ATELIER_PASSWORD", "whatever-1")
    capsys.readouterr()
    code = main(["--database", url, "--user", "clerk.a", *args])
    return code, capsys.readouterr().err


@pytest.fixture
def not_a_database(tmp_path):
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    return f"sqlite:///{path.as_posix()}"


@pytest.mark.parametrize("url, sentence", [
    ("postgresql+psycopg://clerk@127.0.0.1:abc/atelier", "adresse de base de données invalide"),
    ("postgresql+psycopg://clerk@127.0.0.1:99999/atelier", "ne répond pas"),
    ("postgresql+psycopg://clerk@127.0.0.1:1/atelier", "ne répond pas"),
])
def test_bad_server_addresses_give_one_sentence_and_exit_1(capsys, monkeypatch, url, sentence):
    code, err = _cli(capsys, monkeypatch, url, "carpass", "list")
    assert code == 1 and sentence in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_file_that_is_not_a_database_gives_one_sentence(capsys, monkeypatch, not_a_database):
    code, err = _cli(capsys, monkeypatch, not_a_database, "carpass", "list")
    assert code == 1 and "n'est pas une base de données Atelier" in err and "Traceback" not in err
    with pytest.raises(DatabaseUnavailableError, match="n'est pas une base de données"):
        open_for_station(not_a_database)  # the GUI's path: the same sentence in its dialog


def test_a_read_only_database_is_named_as_such(tmp_path):
    """A real read-only SQLite connection's refusal (file permissions do not stop root,
    so the file is opened read-only by URI)."""
    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as refused:
        connection.execute("INSERT INTO t VALUES (1)")
    connection.close()
    assert "lecture seule" in str(database_error(refused.value))


def test_pdf_to_a_missing_folder_gives_one_sentence(world, run_cli, tmp_path):
    rw = make_rental_world(world.db, world.company_id)
    make_contract(world.db, world.site_a, rw)
    from app.core.rental.models import RentalDossier

    with world.db.session() as session:
        number = str(session.query(RentalDossier.number).scalar())
    assert run_cli(world.db, "--user", "clerk.a", "rental", "invoice", number).code == 0
    out = tmp_path / "missing" / "factures.pdf"
    result = run_cli(world.db, "--user", "clerk.a", "rental", "pdf", number, "--out", str(out))
    assert result.code == 1 and "inutilisable" in result.err and str(out) in result.err
    assert "Traceback" not in result.err and not out.parent.exists()
