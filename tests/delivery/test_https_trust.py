"""HTTPS trusts the operating system's certificate store (truststore), with an override.

A loopback HTTPS server presents a certificate from a private "company" CA. On Linux the
OS store is OpenSSL's default, which ``SSL_CERT_FILE`` points at: with the company CA
there (as a company's Group Policy puts its inspection CA in the Windows store) the
default session connects while certifi's bundle refuses it.
"""

from __future__ import annotations

import datetime
import http.server
import ssl
import threading

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.core import https


def _certificate(subject: str, key, issuer_name, issuer_key, ca: bool):
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
               .issuer_name(issuer_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), True)
    else:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture(scope="module")
def company_server(tmp_path_factory):
    """(URL of a loopback HTTPS server, path of its CA's PEM file)."""
    folder = tmp_path_factory.mktemp("tls")
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Garage Proxy Inspection CA")])
    ca = _certificate("Garage Proxy Inspection CA", ca_key, ca_name, ca_key, ca=True)
    server = _certificate("localhost", server_key, ca_name, ca_key, ca=False)
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "server.pem").write_bytes(server.public_bytes(serialization.Encoding.PEM) + server_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))

    class Hello(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *_args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "server.pem")
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{httpd.server_address[1]}/", folder / "ca.pem"
    httpd.shutdown()
    httpd.server_close()


def _get(url: str) -> tuple[requests.Session, str]:
    session = requests.Session()
    session.trust_env = False
    used = https.configure_session(session)
    return session, used


def test_default_trusts_the_os_store_not_certifi(company_server, monkeypatch):
    url, ca = company_server
    monkeypatch.delenv(https.TRUST_VARIABLE, raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))  # the "OS store" holds the company CA
    session, used = _get(url)
    assert used == https.SYSTEM
    with session:
        assert session.get(url, timeout=10).text == "ok"
    with requests.Session() as plain:  # requests' own default: certifi only
        plain.trust_env = False
        with pytest.raises(requests.exceptions.SSLError):
            plain.get(url, timeout=10)


def test_certifi_override_ignores_the_os_store(company_server, monkeypatch):
    url, ca = company_server
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    monkeypatch.setenv(https.TRUST_VARIABLE, "certifi")
    session, used = _get(url)
    assert used == https.CERTIFI
    with session, pytest.raises(requests.exceptions.SSLError):
        session.get(url, timeout=10)


def test_a_ca_file_override_is_trusted(company_server, monkeypatch, tmp_path):
    url, ca = company_server
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "empty.pem"))  # nothing from the OS store
    (tmp_path / "empty.pem").write_text("")
    monkeypatch.setenv(https.TRUST_VARIABLE, str(ca))
    session, used = _get(url)
    assert used == str(ca)
    with session:
        assert session.get(url, timeout=10).text == "ok"


def test_a_missing_ca_file_is_reported(monkeypatch, tmp_path):
    monkeypatch.setenv(https.TRUST_VARIABLE, str(tmp_path / "nope.pem"))
    with pytest.raises(https.TrustSettingError, match="nope.pem"):
        https.configure_session(requests.Session())


def test_the_carpass_client_uses_the_os_store(monkeypatch):
    from app.core.carpass.sending.client import CarpassClient

    monkeypatch.delenv(https.TRUST_VARIABLE, raising=False)
    with CarpassClient("https://carpass.invalid/api", "2026402650", "secret") as client:
        adapter = client.session.get_adapter("https://carpass.invalid/api")
        assert type(adapter).__name__ == "SystemTrustAdapter"
