"""``atelier --self-check``: proves an installation works, one line per check.

Runs from the source tree and from the PyInstaller bundle (CI runs the bundled one
offscreen). Every check works in a temporary folder and a temporary settings file, so it
never touches the station's database or preferences. Exit 0 only if no check failed; a
check whose optional module is not installed yet prints ``skip``.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)
NATIVE_KEYRINGS = {"win32": "Windows", "darwin": "macOS", "linux": "SecretService"}


def _check_database(folder: Path) -> str:
    import psycopg
    from sqlalchemy import inspect

    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head

    database = Database(f"sqlite:///{(folder / 'check.sqlite3').as_posix()}")
    try:
        state = upgrade_to_head(database)
        if not state.up_to_date:
            raise RuntimeError(f"at {state.current}, head is {state.head}")
        tables = len(inspect(database.engine).get_table_names())
    finally:
        database.dispose()
    if psycopg.pq.__impl__ != "binary":
        raise RuntimeError(f"psycopg uses its {psycopg.pq.__impl__} libpq wrapper, not the bundled binary one")
    libpq = psycopg.pq.version()
    import packaging

    from app.core.db.station_versions import parse_version

    # How a station compares its version with the one a shared database requires (PEP 440).
    if not parse_version("0.9.0") < parse_version("0.10.0") == parse_version("0.10"):
        raise RuntimeError("versions do not compare as PEP 440 says")
    return (f"SQLite upgraded to {state.current} ({tables} tables); PostgreSQL driver psycopg "
            f"{psycopg.__version__} (binary, libpq {libpq // 10000}.{libpq % 100}); versions compared by "
            f"packaging {packaging.__version__}")


def _finished_translations(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message of a Qt Linguist file."""
    import xml.etree.ElementTree as ET

    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete") \
                    and translation.text:
                found.append((name, message.findtext("source"), translation.text))
    return found


def _check_translations(_folder: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.core.paths import resources_dir
    from app.ui.i18n import LANGUAGES, install_language

    folder = resources_dir() / "i18n"
    parts = sorted({path.stem.rsplit("_", 1)[0] for path in [*folder.glob("*.ts"), *folder.glob("*.qm")]})
    if not parts:
        raise RuntimeError(f"no translation in {folder}")
    for part in parts:
        for language in LANGUAGES:
            if language == "fr":
                continue  # French is the source language
            qm, ts = folder / f"{part}_{language}.qm", folder / f"{part}_{language}.ts"
            if not qm.exists():
                raise RuntimeError(f"{qm.name} missing (run: python tools/i18n.py compile)")
            translator = QTranslator()
            if not translator.load(str(qm)):
                raise RuntimeError(f"{qm.name} does not load")
            if not ts.exists() and translator.isEmpty():
                raise RuntimeError(f"{qm.name} holds no translation")
            if ts.exists():  # from source: the compiled file must hold every finished translation
                stale = [source for context, source, text in _finished_translations(ts)
                         if translator.translate(context, source) != text]
                if stale:
                    raise RuntimeError(f"{qm.name} is out of date ({len(stale)} messages differ from "
                                       f"{ts.name}; run: python tools/i18n.py compile)")
    app = QCoreApplication.instance()
    loaded = []
    for language in LANGUAGES:
        files = install_language(app, language)
        if f"qtbase_{language}" not in files:
            raise RuntimeError(f"Qt's own translation qtbase_{language}.qm not found")
        loaded += files
    install_language(app, "fr")
    return f"{len(loaded)} files for {', '.join(LANGUAGES)} ({', '.join(parts)})"


def _check_time_zone(_folder: Path) -> str:
    import zoneinfo
    from datetime import datetime

    # Only the shipped tzdata package counts (Windows has no system zone database).
    zoneinfo.reset_tzpath(to=[])
    try:
        brussels = zoneinfo.ZoneInfo.no_cache("Europe/Brussels")
    finally:
        zoneinfo.reset_tzpath()
    winter = datetime(2026, 1, 15, 12).replace(tzinfo=brussels).utcoffset()
    summer = datetime(2026, 7, 15, 12).replace(tzinfo=brussels).utcoffset()
    if (winter.total_seconds(), summer.total_seconds()) != (3600, 7200):
        raise RuntimeError(f"wrong offsets {winter} / {summer}")
    return "Europe/Brussels from tzdata (UTC+1 / UTC+2)"


def _sample_invoice_documents() -> list:
    """A sample invoice for the rental invoicing renderer, built field by field from its
    dataclasses (fields added later get a neutral value of their type)."""
    import dataclasses
    import typing
    from datetime import date
    from decimal import Decimal

    from app.core.rental.invoicing import documents

    def build(cls, values: dict):
        hints = typing.get_type_hints(cls)
        neutral = {str: "", Decimal: Decimal("0"), date: date(2026, 3, 2), int: 0, bool: False}
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name in values:
                kwargs[f.name] = values[f.name]
            elif f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                continue
            else:
                kind = hints.get(f.name)
                kwargs[f.name] = neutral.get(kind, () if "tuple" in str(kind) else None)
        return cls(**kwargs)

    issuer = build(documents.Issuer, {
        "name": "Carrosserie Contrôle SA", "site_name": "Liège", "enterprise_number": "BE 0426.753.973",
        "address_lines": ("Quai de la Boverie 1", "4020 Liège"), "iban": "BE71096123456769",
        "email": "facturation@exemple.be", "phone": "+32 4 000 00 00"})
    line = build(documents.DocumentLine, {
        "label": "Location véhicule de remplacement — 5 jours", "quantity": Decimal("5"),
        "unit_price": Decimal("38.50"), "amount": Decimal("192.50"), "vat_rate": Decimal("21")})
    invoice = build(documents.InvoiceDocument, {
        "invoice_id": 1, "kind": "invoice", "reference": "F-2026-000123", "issue_date": date(2026, 3, 2),
        "due_date": date(2026, 4, 1), "issuer": issuer, "payer_role": "customer",
        "payer_name": "Émile Dupont-Ségur", "payer_address_lines": ("Rue de l'Été 3", "4000 Liège"),
        "dossier_number": "C-0042", "vehicle_plate": "1-ABC-123", "period_text": "25/02/2026 – 02/03/2026",
        "lines": (line,), "vat_lines": ((Decimal("21"), Decimal("192.50"), Decimal("40.43")),),
        "total_excl": Decimal("192.50"), "total_vat": Decimal("40.43"), "total_incl": Decimal("232.93"),
        "structured_communication": "+++090/9337/55493+++"})
    return [invoice]


def _render_sample(folder: Path) -> tuple[bytes, list[str], str]:
    """(PDF bytes, texts that must be read back, how it was made)."""
    from app.core.rental.invoicing.invoice_pdf import render_invoices

    pdf = render_invoices(_sample_invoice_documents())
    return pdf, ["F-2026-000123", "Émile Dupont-Ségur", "232,93"], "rental invoice renderer"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from app.core.paths import resources_dir

    font_file = next(iter(sorted((resources_dir() / "fonts").glob("*.ttf"))), None)
    if font_file is None:
        raise RuntimeError(f"no font shipped in {resources_dir() / 'fonts'}")
    pdfmetrics.registerFont(TTFont("AtelierCheck", str(font_file)))
    canvas = Canvas(str(folder / "sample.pdf"), pagesize=A4)
    canvas.setFont("AtelierCheck", 12)
    canvas.drawString(72, 760, "Facture F-2026-000123 — Émile Dupont-Ségur")
    canvas.drawString(72, 740, "Total TVAC : 232,93 €")
    canvas.showPage()
    canvas.save()
    return (folder / "sample.pdf").read_bytes(), ["F-2026-000123", "Émile Dupont-Ségur", "232,93 €"], \
        f"reportlab sample with {font_file.name}"


def _check_number_data(_folder: Path) -> str:
    from stdnum.be import iban, ogm_vcs, vat

    vat.validate("0426753973")
    ogm_vcs.validate("+++090/9337/55493+++")
    bank = iban.info("BE71096123456769")  # read from python-stdnum's shipped bank list
    if not bank.get("bic"):
        raise RuntimeError("python-stdnum's Belgian bank list is missing")
    return f"enterprise number, structured communication and IBAN checks; bank list ({bank['bic']})"


def _check_invoice_pdf(folder: Path) -> str:
    import re

    pdf, expected, made_by = _render_sample(folder)
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise RuntimeError("not a complete PDF")
    fonts = sorted({m.decode() for m in re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([\w-]+)", pdf)})
    if b"/FontFile2" not in pdf:
        raise RuntimeError(f"no TrueType font embedded (fonts: {fonts})")
    try:
        from pypdf import PdfReader
    except ImportError:  # the bundle may ship without pypdf: read the structure instead
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
        return f"{made_by}: {pages} page(s), {len(pdf)} bytes, fonts embedded {fonts} (structure read back)"
    from io import BytesIO

    reader = PdfReader(BytesIO(pdf))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    missing = [item for item in expected if item not in text]
    if missing:
        raise RuntimeError(f"text not found in the PDF: {missing}")
    return f"{made_by}: {len(reader.pages)} page(s), fonts {fonts}, text read back"


def _check_keyring(_folder: Path) -> str:
    import importlib.metadata
    import uuid

    import keyring
    from keyring.backends import chainer, fail

    registered = {ep.name for ep in importlib.metadata.entry_points(group="keyring.backends")}
    native = NATIVE_KEYRINGS.get(sys.platform)
    if native and native not in registered:
        raise RuntimeError(f"keyring backend {native!r} not registered (package metadata missing): "
                           f"{sorted(registered) or 'none'}")
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    unusable = isinstance(backend, fail.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends)
    if unusable:
        if sys.platform != "linux":
            raise RuntimeError(f"no usable keyring backend ({name})")
        from keyring.backends import SecretService

        try:
            SecretService.Keyring.priority  # noqa: B018 - raises the reason it is unusable
            reason = "unavailable"
        except Exception as exc:  # keyring reports unavailability as an exception
            reason = str(exc) or type(exc).__name__
        return (f"backends registered ({', '.join(sorted(registered))}); no Secret Service in this "
                f"session ({reason}): Atelier asks for Car-Pass passwords per session")
    service, user, secret = "Atelier self-check", f"check-{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    keyring.set_password(service, user, secret)
    try:
        if keyring.get_password(service, user) != secret:
            raise RuntimeError(f"{name} did not return the stored secret")
    finally:
        keyring.delete_password(service, user)
    return f"{name}: stored, read back and deleted a test secret"


def _check_certificates(_folder: Path) -> str:
    import ssl

    import certifi
    import truststore

    from app.core.https import system_ssl_context, trust_setting

    system_ssl_context()  # the OS store (Windows CryptoAPI) through truststore
    bundle = Path(certifi.where())
    context = ssl.create_default_context(cafile=str(bundle))
    count = len(context.get_ca_certs())
    if count < 50:
        raise RuntimeError(f"only {count} CA certificates in {bundle}")
    return (f"trusting {trust_setting()} (OS store through truststore {truststore.__version__}); "
            f"certifi fallback with {count} CA certificates")


def _check_carpass(_folder: Path) -> str:
    import uuid
    from datetime import date

    import requests

    from app.core.carpass.sending import protocol, simulator
    establishment, password = "2026402650", uuid.uuid4().hex
    server = simulator.CarpassSimulator({establishment: password}).start()
    try:
        facts = protocol.ReadingFacts(
            vin="WVWZZZ1KZ8W123456", license_plate="1-ABC-123", first_use_date=date(2019, 3, 1),
            reading_date=date.today(), odometer=48250, enterprise_number="0426753973",
            establishment_number=establishment)
        with requests.Session() as http:
            http.trust_env = False  # loopback: never through a proxy
            response = http.post(
                server.base_url + protocol.OBSERVATION_PATH, json=protocol.observation_payload(facts),
                auth=(establishment, password), timeout=10,
                headers={**protocol.software_headers(), protocol.IDEMPOTENCY_HEADER: uuid.uuid4().hex})
        answer = protocol.parse_observation_answer(response.status_code, response.content)
        if answer.kind != protocol.AnswerKind.ACCEPTED:
            raise RuntimeError(f"reading not accepted: HTTP {response.status_code} {answer.kind} {answer.message}")
        received = server.state.accepted_for(establishment)
        if len(received) != 1:
            raise RuntimeError(f"the simulator recorded {len(received)} readings instead of 1")
    finally:
        server.stop()
    return f"one reading accepted by the simulator at {server.base_url} (requestGuid {answer.request_guid})"


PLATFORM_PLUGINS = {"win32": "qwindows", "darwin": "qcocoa"}  # else qxcb (X11)


def _check_platform_plugin(_folder: Path) -> str:
    """The plugin that draws real windows on this OS (not offscreen, which the other checks
    use) is shipped where Qt looks and loads with every library it needs."""
    from PySide6.QtCore import QCoreApplication, QPluginLoader

    name = PLATFORM_PLUGINS.get(sys.platform, "qxcb")
    folders = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
    found = [path for folder in folders if folder.is_dir() for path in sorted(folder.iterdir())
             if path.stem.removeprefix("lib") == name and path.suffix in (".dll", ".so", ".dylib")]
    if not found:
        raise RuntimeError(f"{name} not found in {', '.join(map(str, folders)) or 'no plugin folder'}")
    loader = QPluginLoader(str(found[0]))
    keys = loader.metaData().get("MetaData", {}).get("Keys", [])
    if not loader.load():
        raise RuntimeError(f"{found[0].name} does not load: {loader.errorString()}")
    return f"{found[0].name} loads (platform {', '.join(keys) or '?'}) from {found[0].parent}"


def _check_single_instance(_folder: Path) -> str:
    """QtNetwork is shipped: a first claim listens, a second one finds it."""
    import uuid

    from app.ui.single_instance import SingleInstance

    key = f"atelier-check-{uuid.uuid4().hex[:12]}"
    first = SingleInstance(key)
    try:
        if not first.claim() or first.server is None:
            raise RuntimeError(f"could not listen on {key}")
        if SingleInstance(key).claim():
            raise RuntimeError("a second start did not find the first one")
    finally:
        first.release()
    return "a second start finds the first one on its local socket"


def _check_main_window(folder: Path) -> str:
    from PySide6.QtCore import QSettings

    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head
    from app.core.demo import populate_demo
    from app.core.platform.auth import login
    from app.core.platform.demo import DEMO_PASSWORD
    from app.core.progress import run_to_end
    from app.ui.app_context import AppContext
    from app.ui.main_window import MainWindow

    database = Database(f"sqlite:///{(folder / 'window.sqlite3').as_posix()}")
    try:
        upgrade_to_head(database)
        run_to_end(populate_demo(database))
        scope = login(database, "admin.liege", DEMO_PASSWORD)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(database, scope, settings))
        window.show()
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        for index in range(window.tabs.count()):  # each module is built when first shown
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        if not window.isVisible() or not titles:
            raise RuntimeError("the main window did not show its tabs")
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    finally:
        database.dispose()
    return f"{len(titles)} tabs: {', '.join(titles)}"


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("database", _check_database),
    ("translations", _check_translations),
    ("time zone", _check_time_zone),
    ("number checks", _check_number_data),
    ("invoice PDF", _check_invoice_pdf),
    ("keyring", _check_keyring),
    ("HTTPS certificates", _check_certificates),
    ("Car-Pass simulator", _check_carpass),
    ("platform plugin", _check_platform_plugin),
    ("single instance", _check_single_instance),
    ("main window", _check_main_window),
]


def _writer() -> Callable[[str], None]:
    """Print to stdout; a windowed Windows program has none, so write to the log then."""
    if sys.stdout is not None:
        return lambda line: print(line, flush=True)
    return lambda line: log.warning("self-check: %s", line)


def _application():
    """The offscreen QApplication every Qt check shares (created before any other Qt object)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.ui.application import make_application

    return make_application()


def run_self_check() -> int:
    """Run every check, print one line each; return 0 only if none failed."""
    write = _writer()
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    from app import __version__
    from app.core.paths import install_root

    write(f"Atelier {__version__} self-check ({frozen}: {install_root()})")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="atelier-check-") as tmp:
        try:
            app = _application()
        except Exception as exc:  # without Qt no further check makes sense
            write(f"FAIL  Qt: {type(exc).__name__}: {exc}")
            return 1
        for name, check in CHECKS:
            started = time.perf_counter()
            try:
                detail = check(Path(tmp))
                write(f"ok    {name}: {detail} [{time.perf_counter() - started:.1f} s]")
            except Exception as exc:  # every failure is reported, then the next check runs
                failures += 1
                log.exception("self-check %s failed", name)
                write(f"FAIL  {name}: {type(exc).__name__}: {exc}")
        app.processEvents()
    write("all checks passed" if not failures else f"{failures} check(s) FAILED")
    return 1 if failures else 0
