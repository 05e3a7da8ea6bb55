"""Fetching and launching the installer a shared database names: copied from a share or
downloaded over HTTPS (the station's certificate trust) with progress and Cancel, then
started silently and elevated on Windows; elsewhere a message naming the file."""

from __future__ import annotations

import http.server
import ssl
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.core.errors import AtelierError
from app.core.platform.station_update import (
    fetch_installer,
    installer_arguments,
    launch_installer,
    require_windows_station,
)
from app.core.progress import CancelToken, run_to_end
from tests.delivery.test_https_trust import _certificate

PAYLOAD = bytes(range(256)) * 12_000  # 3 MB: several chunks


@pytest.fixture
def share(tmp_path):
    """A folder standing for IT's share, holding the 0.3.0 installer."""
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "Atelier-0.3.0-setup.exe").write_bytes(PAYLOAD)
    return folder


def test_an_installer_on_a_share_is_copied_with_progress(share, tmp_path):
    steps = []
    operation = fetch_installer(str(share / "Atelier-0.3.0-setup.exe"), folder=tmp_path / "local")
    while True:
        try:
            steps.append(next(operation))
        except StopIteration as stop:
            copied = stop.value
            break
    assert copied == tmp_path / "local" / "Atelier-0.3.0-setup.exe" and copied.read_bytes() == PAYLOAD
    assert [s.done for s in steps] == sorted(s.done for s in steps) and steps[-1].done == steps[-1].total == 3000
    assert str(steps[-1].message) == "Installateur : 2 Mo sur 3 Mo"
    assert not list((tmp_path / "local").glob("*.part"))


def test_a_cancelled_copy_leaves_nothing(share, tmp_path):
    token = CancelToken()
    operation = fetch_installer(str(share / "Atelier-0.3.0-setup.exe"), token, folder=tmp_path / "local")
    next(operation)
    next(operation)
    token.cancel()
    assert run_to_end(operation) is None
    assert list((tmp_path / "local").iterdir()) == []


def test_a_missing_installer_says_where_it_was_looked_for(tmp_path):
    source = str(tmp_path / "share" / "Atelier-0.3.0-setup.exe")
    with pytest.raises(AtelierError) as info:
        run_to_end(fetch_installer(source, folder=tmp_path / "local"))
    assert f"Installateur introuvable : {source}" in str(info.value)
    assert list((tmp_path / "local").iterdir()) == []


@pytest.fixture(scope="module")
def deploy_server(tmp_path_factory):
    """(base URL of a loopback HTTPS server publishing the installer, its CA's PEM file)."""
    folder = tmp_path_factory.mktemp("deploy-tls")
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Garage Deploy CA")])
    ca = _certificate("Garage Deploy CA", ca_key, ca_name, ca_key, ca=True)
    server = _certificate("localhost", server_key, ca_name, ca_key, ca=False)
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "server.pem").write_bytes(server.public_bytes(serialization.Encoding.PEM) + server_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))

    class Deploy(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            if self.path != "/atelier/Atelier-0.3.0-setup.exe":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(PAYLOAD)))
            self.end_headers()
            self.wfile.write(PAYLOAD)

        def log_message(self, *_args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Deploy)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "server.pem")
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{httpd.server_address[1]}/atelier/", folder / "ca.pem"
    httpd.shutdown()
    httpd.server_close()


def test_an_installer_published_over_https_is_downloaded(deploy_server, tmp_path, monkeypatch):
    base, ca = deploy_server
    monkeypatch.setenv("ATELIER_TLS_TRUST", str(ca))
    monkeypatch.setenv("NO_PROXY", "localhost")
    path = run_to_end(fetch_installer(base + "Atelier-0.3.0-setup.exe", folder=tmp_path))
    assert path == tmp_path / "Atelier-0.3.0-setup.exe" and path.read_bytes() == PAYLOAD
    with pytest.raises(AtelierError) as info:
        run_to_end(fetch_installer(base + "Atelier-0.4.0-setup.exe", folder=tmp_path))
    assert "HTTP 404" in str(info.value)
    monkeypatch.setenv("ATELIER_TLS_TRUST", "certifi")  # a server the station does not trust
    with pytest.raises(AtelierError) as info:
        run_to_end(fetch_installer(base + "Atelier-0.3.0-setup.exe", folder=tmp_path / "untrusted"))
    assert "Téléchargement de l'installateur impossible" in str(info.value) and "CERTIFICATE" in str(info.value)
    assert list((tmp_path / "untrusted").iterdir()) == []


def test_on_windows_the_installer_runs_silently_and_elevated(tmp_path):
    calls = []

    def shell_execute(verb, file, parameters):
        calls.append((verb, file, parameters))
        return 42  # above 32: started

    installer = tmp_path / "Atelier-0.3.0-setup.exe"
    launch_installer(installer, "0.3.0", platform="win32", shell_execute=shell_execute)
    assert calls == [("runas", str(installer), "/S /WAIT=60")] and installer_arguments() == "/S /WAIT=60"


@pytest.mark.parametrize(("code", "says"), [(5, "droits d'administrateur"), (1223, "droits d'administrateur"),
                                            (2, "code 2")])
def test_a_refused_elevation_or_launch_is_reported(tmp_path, code, says):
    with pytest.raises(AtelierError) as info:
        launch_installer(tmp_path / "setup.exe", "0.3.0", platform="win32", shell_execute=lambda *_: code)
    assert says in str(info.value)


def test_elsewhere_the_message_names_the_installer():
    source = "\\\\srv-deploy\\atelier\\Atelier-0.3.0-setup.exe"
    for platform in ("linux", "darwin"):
        with pytest.raises(AtelierError) as info:
            require_windows_station(source, "0.3.0", platform)
        assert source in str(info.value) and "Atelier 0.3.0" in str(info.value)
        with pytest.raises(AtelierError):
            launch_installer(source, "0.3.0", platform=platform, shell_execute=lambda *_: pytest.fail("launched"))
    require_windows_station(source, "0.3.0", "win32")
