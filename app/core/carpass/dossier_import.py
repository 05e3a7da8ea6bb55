"""Import of dossiers from a CSV file (migration from another system): all or nothing.

Header row, UTF-8, comma-separated, columns :data:`IMPORT_COLUMNS` in any order. Every
line is validated first; one bad line (named by its line number and reason) means nothing
is imported. ``work_started_at`` creates the dossier's first clock-in (by the site's
"IMPORT" technician) and the automatic Car-Pass enrolment runs on every imported dossier.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Integer, literal, select, text
from sqlalchemy.orm import Session

from app.core.carpass.dossiers import CleanDossier, DossierInput, clean_dossier_input
from app.core.carpass.enrolment import ACTION_ENROLLED, EnrolmentFacts, failed_rules, uses_vat_register
from app.core.carpass.import_columns import ImportColumns, columns_of, plain_file_columns
from app.core.carpass.import_writes import among, bulk_insert, reserve_ids
from app.core.carpass.models import CarpassEntry, CarpassEntryEvent, ClockEvent, Dossier, EntryStatus, Technician
from app.core.carpass.sql_types import table_of
from app.core.carpass.vehicle_rules import FIELD_LABELS
from app.core.db.engine import Database
from app.core.db.types import UTCDateTime
from app.core.errors import AtelierError, ValidationError, ValidationErrors
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.progress import CancelToken, Progress
from app.core.timeutil import from_local, local_today, utcnow

IMPORT_COLUMNS = ("number", "owner", "plate", "vin", "first_registration", "original_km", "damage_km",
                  "repair_km", "work_started_at", "merged", "create_vat_number", "invoice_total")
IMPORT_TECHNICIAN = "IMPORT"
BATCH = 500  # lines validated between two progress reports
INSERT_BATCH = 2000  # dossiers written per statement (fewer statements; larger ones cost more)
MAX_LISTED_ERRORS = 200
EARLIEST_WORK_YEAR, LATEST_WORK_YEAR = 1900, 2100
# C0 and C1 control characters and DEL: never in a name, a plate or a number; refused (not
# dropped) so that what is imported is what the file says, and NUL fares alike on SQLite
# and PostgreSQL (which refuses it in text).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
IMPORT_PAGE_CACHE_KIB = -65536  # SQLite's unit: negative = KiB


@dataclass(frozen=True)
class ImportResult:
    """How many dossiers were imported and how many entered the Car-Pass list."""

    imported: int
    enrolled: int


class _Row(NamedTuple):
    line: int
    dossier: CleanDossier
    work_started_at: datetime | None


def parse_work_started(raw: str | None, now: datetime | None = None) -> datetime | None:
    """ISO date-time (``2017-07-18T08:30``, optional offset; without one: Brussels time).

    ``now`` (default: the current instant) is the limit: work cannot start in the future.
    """
    text = (raw or "").strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError("work_started_at", msg("carpass", "date-heure ISO attendue (AAAA-MM-JJTHH:MM), "
                                                               "pas « {value} »", value=text),
                              field_label=FIELD_LABELS["work_started_at"]) from None
    if not EARLIEST_WORK_YEAR <= value.year <= LATEST_WORK_YEAR:  # also keeps year 1 from overflowing in UTC
        raise ValidationError("work_started_at", msg("carpass", "année {year} hors limites : de {low} à {high}",
                                                     year=value.year, low=EARLIEST_WORK_YEAR, high=LATEST_WORK_YEAR),
                              field_label=FIELD_LABELS["work_started_at"])
    value = from_local(value)
    if value > (now or utcnow()):
        raise ValidationError("work_started_at", msg("carpass", "ne peut pas être dans le futur"),
                              field_label=FIELD_LABELS["work_started_at"])
    return value


class LineError(ValidationError):
    """A refused cell of the file, with the line it is on."""

    def __init__(self, line: int, error: ValidationError):
        super().__init__(error.field, error.reason, field_label=msg(
            "carpass", "ligne {line}, {field}", line=line, field=error.field_label or error.field))
        self.line = line


def _at_line(line: int, error: ValidationError) -> LineError:
    return LineError(line, error)


def _header_error(missing: list[str], unknown: list[str]) -> ValidationError:
    return ValidationError("header", msg("carpass", "ligne 1 : colonnes attendues {expected} ; manquantes : "
                                                   "{missing} ; inconnues : {unknown}",
                                        expected=",".join(IMPORT_COLUMNS), missing=",".join(missing) or "-",
                                        unknown=",".join(unknown) or "-"),
                           field_label=msg("carpass", "En-tête"))


def _read(path: Path, token: CancelToken | None) -> Generator[Progress, None, ImportColumns]:
    """Parse and validate the whole file; raise ValidationErrors listing every bad line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("file", msg("carpass", "le fichier n'est pas en UTF-8"),
                              field_label=msg("carpass", "Fichier")) from None
    except OSError as exc:
        raise ValidationError("file", msg("carpass", "lecture impossible : {detail}", detail=exc.strerror or str(exc)),
                              field_label=msg("carpass", "Fichier")) from None
    # Only CR/LF end a line: splitlines() would also split on \x1c-\x1e and \x85 in a cell.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=",")
    header = [h.strip() for h in next(reader, None) or []]
    missing = [c for c in IMPORT_COLUMNS if c not in header]
    unknown = [c for c in header if c not in IMPORT_COLUMNS]
    if missing or unknown:
        raise _header_error(missing, unknown)
    width = len(header)
    # Where each column is (the last one of a repeated name wins, as in a dict of the header).
    where = {name: position for position, name in enumerate(header)}
    mapped = itemgetter(*[where[c] for c in IMPORT_COLUMNS])  # a repeated name's shadowed cell is ignored
    every_cell_mapped = width == len(IMPORT_COLUMNS)
    started_at = where["work_started_at"]
    # The file's columns in DossierInput's order (the work description is not imported).
    dossier_input = itemgetter(*[where[f.name] for f in dataclasses.fields(DossierInput) if f.name in where])
    total = max(text.count("\n") - 1, 0)
    today, now = local_today(), utcnow()
    if width == len(IMPORT_COLUMNS):  # each column once: perhaps a plain file, read column by column
        plain = plain_file_columns(text, header, today, parse_work_started, now)
        if plain is not None:
            yield Progress(len(plain), total, msg("carpass", "Vérification : {done} / {total} lignes",
                                                  done=len(plain), total=total))
            return plain
    rows: list[_Row] = []
    errors: list[ValidationError] = []
    seen: dict[int, int] = {}
    for record in reader:
        if not record:
            continue  # a blank line
        line = reader.line_num
        if token is not None and token.cancelled:
            return columns_of([], [], [])
        if len(record) > width:
            errors.append(_at_line(line, ValidationError("line", msg("carpass", "trop de colonnes"))))
            continue
        if len(record) < width:
            if any(cell.strip() for cell in record):
                errors.append(_at_line(line, ValidationError("line", msg(
                    "carpass", "colonnes manquantes : {found} au lieu de {expected}", found=len(record),
                    expected=width))))
            continue  # a line of nothing but commas is blank
        control = next(((position, found.group()) for position, cell in enumerate(record)
                        if (found := _CONTROL.search(cell))), None)
        if control is not None:
            column = header[control[0]]
            errors.append(_at_line(line, ValidationError(column, msg(
                "carpass", "caractère de contrôle U+{code} refusé", code=f"{ord(control[1]):04X}"),
                field_label=FIELD_LABELS.get(column))))
            continue
        values: list[str | None] = [v.strip() for v in record]
        if not any(values if every_cell_mapped else mapped(values)):
            continue
        try:
            clean = clean_dossier_input(DossierInput(*dossier_input(values)), today)
        except ValidationErrors as many:
            errors.extend(_at_line(line, e) for e in many.errors)
            continue
        except ValidationError as one:
            errors.append(_at_line(line, one))
            continue
        try:
            started = parse_work_started(values[started_at], now)
        except ValidationError as one:
            errors.append(_at_line(line, one))
            continue
        other = seen.setdefault(clean.number, line)
        if other != line:
            errors.append(_at_line(line, ValidationError("number", msg(
                "carpass", "le numéro {number} figure déjà à la ligne {other}", number=clean.number,
                other=other), field_label=FIELD_LABELS["number"])))
            continue
        rows.append(_Row(line, clean, started))
        if len(rows) % BATCH == 0:
            yield Progress(len(rows), total, msg("carpass", "Vérification : {done} / {total} lignes",
                                                 done=len(rows), total=total))
    if errors:
        raise ValidationErrors(errors[:MAX_LISTED_ERRORS])
    return columns_of([row.line for row in rows], [row.dossier for row in rows], [row.work_started_at for row in rows])


def _import_technician(session: Session, site_id: int) -> Technician:
    technician = session.scalar(select(Technician).where(Technician.site_id == site_id,
                                                         Technician.code == IMPORT_TECHNICIAN))
    if technician is None:
        technician = Technician(site_id=site_id, code=IMPORT_TECHNICIAN, name="Import", active=False)
        session.add(technician)
        session.flush()
    return technician


def _write_batch(session: Session, batch: ImportColumns, scope: UserScope, technician_id: int | None,
                 vat_register: bool, now: datetime) -> int:
    """Insert one batch of dossiers, their first clock-in, enrolment and its history; the enrolled count.

    The dossiers go in with one bulk insert (Core, no ORM objects) under ids reserved
    beforehand; the clock-ins, list entries and history rows are then copied from them
    inside the database (INSERT ... SELECT by primary key), so no row travels back.
    """
    login, site_id = scope.login, scope.site_id
    postgres = session.get_bind().dialect.name == "postgresql"
    ids = reserve_ids(session, len(batch), postgres)
    values = batch.values
    started = [dossier_id for dossier_id, at in zip(ids, batch.work_started_at, strict=True) if at is not None]
    per_dossier = zip(ids, batch.work_started_at, values["vin"], values["merged"], values["number"],
                      values["create_vat_number"], values["owner"], strict=True)
    enrolled = [dossier_id for dossier_id, started_at, vin, merged, number, vat_number, owner in per_dossier
                if not failed_rules(EnrolmentFacts(started_at is not None, vin, False, merged, number, vat_register,
                                                   vat_number, owner))]
    dossier = table_of(Dossier).c
    bulk_insert(session, table_of(Dossier), {"id": ids, **values, "work_started_at": batch.work_started_at}, {
        "site_id": site_id, "created_at": now, "created_by": login, "version": 1, "updated_at": now,
        "updated_by": login})
    if started:
        session.execute(table_of(ClockEvent).insert().from_select(
            ["dossier_id", "technician_id", "clock_in", "clock_out"],
            select(dossier.id, literal(technician_id, Integer), dossier.work_started_at, dossier.work_started_at)
            .where(among(dossier.id, started, postgres)).order_by(dossier.id)))
    if enrolled:
        session.execute(table_of(CarpassEntry).insert().from_select(
            ["site_id", "dossier_id", "status", "manual", "enrolled_at", "enrolled_by", "version", "updated_at",
             "updated_by"],
            select(dossier.site_id, dossier.id, literal(str(EntryStatus.PENDING)), literal(False),
                   literal(now, UTCDateTime), literal(login), literal(1), literal(now, UTCDateTime), literal(login))
            .where(among(dossier.id, enrolled, postgres)).order_by(dossier.id)))
        entry = table_of(CarpassEntry).c
        session.execute(table_of(CarpassEntryEvent).insert().from_select(
            ["entry_id", "at", "login", "action", "detail"],
            select(entry.id, literal(now, UTCDateTime), literal(login), literal(ACTION_ENROLLED),
                   literal("automatic on import: rules 1-7 hold"))
            .where(among(entry.dossier_id, enrolled, postgres)).order_by(entry.id)))
    return len(enrolled)


@contextmanager
def _roomy_page_cache(session: Session) -> Iterator[None]:
    """SQLite: a 64 MB page cache while the import fills four tables and their ten indexes
    (PostgreSQL: each batch planned for its own rows).

    With the default 2 MB the index pages of 100,000 new rows keep leaving the cache and
    coming back; the connection's own size is put back afterwards (it is pooled).
    """
    if session.get_bind().dialect.name != "sqlite":
        # PostgreSQL: the import's statements run many times on one connection, so the
        # driver prepares them and the server may switch to a generic plan, which cannot
        # see how many rows a batch's arrays hold (it planned 20,000-line imports 8 times
        # slower from the second one on); plan each batch for its own rows.
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        yield
        return
    driver = session.connection().connection.dbapi_connection
    if driver is None:  # pragma: no cover - an open connection has its driver's
        raise RuntimeError("no driver connection")
    previous = driver.execute("PRAGMA cache_size").fetchone()[0]
    driver.execute(f"PRAGMA cache_size = {IMPORT_PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size = {int(previous)}")


def _stop_if_cancelled(token: CancelToken | None) -> None:
    if token is not None and token.cancelled:
        raise AtelierError(msg("carpass", "Import annulé : aucun dossier n'a été importé."))


def import_dossiers(database: Database, scope: UserScope, path: Path,
                    token: CancelToken | None = None) -> Generator[Progress, None, ImportResult]:
    """Validate then import every line of ``path`` into the user's site, in one transaction."""
    read = yield from _read(Path(path), token)
    if token is not None and token.cancelled:
        return ImportResult(0, 0)
    if not len(read):
        raise ValidationError("file", msg("carpass", "aucune ligne de dossier dans le fichier"),
                              field_label=msg("carpass", "Fichier"))
    total = len(read)
    enrolled = 0
    with database.session(immediate=True) as session, _roomy_page_cache(session):
        taken = set(session.scalars(select(Dossier.number).where(Dossier.site_id == scope.site_id)))
        clashes = [(line, number) for line, number in zip(read.lines, read.values["number"], strict=True)
                   if number in taken]
        if clashes:
            raise ValidationErrors([_at_line(line, ValidationError("number", msg(
                "carpass", "le dossier {number} existe déjà sur ce site", number=number),
                field_label=FIELD_LABELS["number"])) for line, number in clashes[:MAX_LISTED_ERRORS]])
        vat_register = uses_vat_register(session, scope.site_id)
        technician = _import_technician(session, scope.site_id) if any(read.work_started_at) else None
        technician_id = technician.id if technician is not None else None
        now = utcnow()
        for start in range(0, total, INSERT_BATCH):
            _stop_if_cancelled(token)
            batch = read.part(start, start + INSERT_BATCH)
            enrolled += _write_batch(session, batch, scope, technician_id, vat_register, now)
            done = start + len(batch)
            yield Progress(done, total, msg("carpass", "Import : {done} / {total} dossiers", done=done, total=total))
        _stop_if_cancelled(token)  # also when cancelled after the last batch: nothing is committed
    return ImportResult(total, enrolled)
