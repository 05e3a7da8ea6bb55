"""Import of dossiers from a CSV file (migration from another system): all or nothing.

Header row, UTF-8, comma-separated, columns :data:`IMPORT_COLUMNS` in any order. Every
line is validated first; one bad line (named by its line number and reason) means nothing
is imported. ``work_started_at`` creates the dossier's first clock-in (by the site's
"IMPORT" technician) and the automatic Car-Pass enrolment runs on every imported dossier.
"""

from __future__ import annotations

import csv
from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.carpass.dossiers import CleanDossier, DossierInput, clean_dossier_input
from app.core.carpass.enrolment import ACTION_ENROLLED, EnrolmentFacts, failed_rules, uses_vat_register
from app.core.carpass.models import STATUS_PENDING, CarpassEntry, CarpassEntryEvent, ClockEvent, Dossier, Technician
from app.core.carpass.vehicle_rules import FIELD_LABELS
from app.core.db.engine import Database
from app.core.errors import AtelierError, ValidationError, ValidationErrors
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.progress import CancelToken, Progress
from app.core.timeutil import from_local, utcnow

IMPORT_COLUMNS = ("number", "owner", "plate", "vin", "first_registration", "original_km", "damage_km",
                  "repair_km", "work_started_at", "merged", "create_vat_number", "invoice_total")
IMPORT_TECHNICIAN = "IMPORT"
BATCH = 500
MAX_LISTED_ERRORS = 200


@dataclass(frozen=True)
class ImportResult:
    """How many dossiers were imported and how many entered the Car-Pass list."""

    imported: int
    enrolled: int


@dataclass(frozen=True)
class _Row:
    line: int
    dossier: CleanDossier
    work_started_at: datetime | None


def parse_work_started(raw: str | None) -> datetime | None:
    """ISO date-time (``2017-07-18T08:30``, optional offset; without one: Brussels time)."""
    text = (raw or "").strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError("work_started_at", msg("carpass", "date-heure ISO attendue (AAAA-MM-JJTHH:MM), "
                                                               "pas « {value} »", value=text),
                              field_label=FIELD_LABELS["work_started_at"]) from None
    value = from_local(value)
    if value > utcnow():
        raise ValidationError("work_started_at", msg("carpass", "ne peut pas être dans le futur"),
                              field_label=FIELD_LABELS["work_started_at"])
    return value


def _at_line(line: int, error: ValidationError) -> ValidationError:
    located = ValidationError(error.field, error.reason, field_label=msg(
        "carpass", "ligne {line}, {field}", line=line, field=error.field_label or error.field))
    located.line = line
    return located


def _read(path: Path, token: CancelToken | None) -> Generator[Progress, None, list[_Row]]:
    """Parse and validate the whole file; raise ValidationErrors listing every bad line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("file", msg("carpass", "le fichier n'est pas en UTF-8"),
                              field_label=msg("carpass", "Fichier")) from None
    except OSError as exc:
        raise ValidationError("file", msg("carpass", "lecture impossible : {detail}", detail=exc.strerror or str(exc)),
                              field_label=msg("carpass", "Fichier")) from None
    reader = csv.DictReader(text.splitlines(), delimiter=",")
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in IMPORT_COLUMNS if c not in header]
    unknown = [c for c in header if c not in IMPORT_COLUMNS]
    if missing or unknown:
        raise ValidationError("header", msg("carpass", "ligne 1 : colonnes attendues {expected} ; manquantes : "
                                                       "{missing} ; inconnues : {unknown}",
                                            expected=",".join(IMPORT_COLUMNS), missing=",".join(missing) or "-",
                                            unknown=",".join(unknown) or "-"),
                              field_label=msg("carpass", "En-tête"))
    reader.fieldnames = header
    total = max(len(text.splitlines()) - 1, 0)
    rows: list[_Row] = []
    errors: list[ValidationError] = []
    seen: dict[int, int] = {}
    for record in reader:
        line = reader.line_num
        if token is not None and token.cancelled:
            return []
        if None in record:
            errors.append(_at_line(line, ValidationError("line", msg("carpass", "trop de colonnes"))))
            continue
        if all(not (v or "").strip() for v in record.values()):
            continue
        values = {k: (v if v is None else v.strip()) for k, v in record.items()}
        try:
            clean = clean_dossier_input(DossierInput(**{k: values[k] for k in IMPORT_COLUMNS
                                                        if k != "work_started_at"}))
        except ValidationErrors as many:
            errors.extend(_at_line(line, e) for e in many.errors)
            continue
        except ValidationError as one:
            errors.append(_at_line(line, one))
            continue
        try:
            started = parse_work_started(values["work_started_at"])
        except ValidationError as one:
            errors.append(_at_line(line, one))
            continue
        if clean.number in seen:
            errors.append(_at_line(line, ValidationError("number", msg(
                "carpass", "le numéro {number} figure déjà à la ligne {other}", number=clean.number,
                other=seen[clean.number]), field_label=FIELD_LABELS["number"])))
            continue
        seen[clean.number] = line
        rows.append(_Row(line, clean, started))
        if len(rows) % BATCH == 0:
            yield Progress(len(rows), total, msg("carpass", "Vérification : {done} / {total} lignes",
                                                 done=len(rows), total=total))
    if errors:
        raise ValidationErrors(errors[:MAX_LISTED_ERRORS])
    return rows


def _import_technician(session: Session, site_id: int) -> Technician:
    technician = session.scalar(select(Technician).where(Technician.site_id == site_id,
                                                         Technician.code == IMPORT_TECHNICIAN))
    if technician is None:
        technician = Technician(site_id=site_id, code=IMPORT_TECHNICIAN, name="Import", active=False)
        session.add(technician)
        session.flush()
    return technician


def import_dossiers(database: Database, scope: UserScope, path: Path,
                    token: CancelToken | None = None) -> Generator[Progress, None, ImportResult]:
    """Validate then import every line of ``path`` into the user's site, in one transaction."""
    rows = yield from _read(Path(path), token)
    if token is not None and token.cancelled:
        return ImportResult(0, 0)
    if not rows:
        raise ValidationError("file", msg("carpass", "aucune ligne de dossier dans le fichier"),
                              field_label=msg("carpass", "Fichier"))
    total = len(rows)
    enrolled = 0
    with database.session(immediate=True) as session:
        taken = set(session.scalars(select(Dossier.number).where(Dossier.site_id == scope.site_id)))
        clashes = [r for r in rows if r.dossier.number in taken]
        if clashes:
            raise ValidationErrors([_at_line(r.line, ValidationError("number", msg(
                "carpass", "le dossier {number} existe déjà sur ce site", number=r.dossier.number),
                field_label=FIELD_LABELS["number"])) for r in clashes[:MAX_LISTED_ERRORS]])
        vat_register = uses_vat_register(session, scope.site_id)
        technician = _import_technician(session, scope.site_id) if any(r.work_started_at for r in rows) else None
        for start in range(0, total, BATCH):
            if token is not None and token.cancelled:
                raise AtelierError(msg("carpass", "Import annulé : aucun dossier n'a été importé."))
            batch = rows[start:start + BATCH]
            dossiers = []
            for row in batch:
                c = row.dossier
                dossier = Dossier(site_id=scope.site_id, number=c.number, owner=c.owner, plate=c.plate, vin=c.vin,
                                  first_registration=c.first_registration, original_km=c.original_km,
                                  damage_km=c.damage_km, repair_km=c.repair_km, merged=c.merged,
                                  create_vat_number=c.create_vat_number, invoice_total=c.invoice_total,
                                  work_started_at=row.work_started_at, created_by=scope.login,
                                  updated_by=scope.login)
                dossiers.append(dossier)
            session.add_all(dossiers)
            session.flush()
            entries = []
            for dossier in dossiers:
                if dossier.work_started_at is not None:
                    session.add(ClockEvent(dossier_id=dossier.id, technician_id=technician.id,
                                           clock_in=dossier.work_started_at, clock_out=dossier.work_started_at))
                facts = EnrolmentFacts(dossier.work_started_at is not None, dossier.vin, False, dossier.merged,
                                       dossier.number, vat_register, dossier.create_vat_number, dossier.owner)
                if not failed_rules(facts):
                    entries.append(CarpassEntry(site_id=scope.site_id, dossier_id=dossier.id, status=STATUS_PENDING,
                                                manual=False, enrolled_by=scope.login, updated_by=scope.login))
            session.add_all(entries)
            session.flush()
            session.add_all([CarpassEntryEvent(entry_id=e.id, login=scope.login, action=ACTION_ENROLLED,
                                               detail="automatic on import: rules 1-7 hold") for e in entries])
            enrolled += len(entries)
            done = start + len(batch)
            yield Progress(done, total, msg("carpass", "Import : {done} / {total} dossiers", done=done, total=total))
    return ImportResult(total, enrolled)
