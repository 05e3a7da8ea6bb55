"""What an operation changed, told to every view that shows that kind of data.

Like Anki's ``OpChanges``: an operation does not call the screens it affects; the unit of
work it commits says which kinds of data it wrote (:class:`Changes`), the open database's
:class:`ChangePublisher` passes that on, and each view listening for one of those kinds
reloads. The kinds are derived from the tables a transaction wrote
(:func:`kinds_of_tables`), so no service can forget to report a change; see
``app/core/db/change_tracking.py`` and docs/decisions/platform-change-notifications.md.

On PostgreSQL the same transaction sends a ``NOTIFY`` whose payload holds only the kinds,
the acting site's id and the sending process's token (:func:`encode_payload`): no row data
crosses the site boundary that row-level security draws; each station decides whether
the notice concerns it and re-reads under its own role.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "atelier_changes"


class DataKind(StrEnum):
    """A kind of data a view may show (and reload when it changes)."""

    CARPASS_DOSSIERS = "carpass_dossiers"
    CARPASS_READINGS = "carpass_readings"
    CONTROLS = "controls"
    RENTAL_DOSSIERS = "rental_dossiers"
    RENTAL_DAMAGES = "rental_damages"
    RENTAL_DATA = "rental_data"
    RENTAL_INVOICES = "rental_invoices"
    PAYMENTS = "payments"
    USERS = "users"
    SITES = "sites"


# The tables each kind is stored in. A table missing here changes no view.
TABLE_KINDS: dict[str, DataKind] = {
    **dict.fromkeys(("dossier", "carpass_entry", "carpass_entry_event", "carpass_activity",
                     "carpass_dossier_activity", "technician", "clock_event"), DataKind.CARPASS_DOSSIERS),
    **dict.fromkeys(("carpass_reading", "carpass_followup", "carpass_call"), DataKind.CARPASS_READINGS),
    **dict.fromkeys(("controls_page", "controls_value", "controls_table_cell", "controls_change"),
                    DataKind.CONTROLS),
    **dict.fromkeys(("rental_dossier", "rental_extension", "rental_dossier_extra", "rental_sequence"),
                    DataKind.RENTAL_DOSSIERS),
    **dict.fromkeys(("rental_damage", "rental_damage_photo"), DataKind.RENTAL_DAMAGES),
    **dict.fromkeys(("customer", "fleet_vehicle", "tariff", "tariff_price", "agreement", "tariff_extra"),
                    DataKind.RENTAL_DATA),
    **dict.fromkeys(("invoice", "invoice_line", "invoice_vat_line", "invoice_mail", "einvoice_sending",
                     "einvoice_call", "journal_entry", "invoice_counter"), DataKind.RENTAL_INVOICES),
    "payment": DataKind.PAYMENTS,
    "app_user": DataKind.USERS,
    **dict.fromkeys(("company", "site", "site_setting", "database_setting"), DataKind.SITES),
}


def kinds_of_tables(tables: Iterable[str]) -> frozenset[DataKind]:
    """The kinds of data stored in ``tables`` (unknown tables are ignored)."""
    return frozenset(TABLE_KINDS[t] for t in tables if t in TABLE_KINDS)


@dataclass(frozen=True)
class Changes:
    """What one committed operation changed: kinds of data, on which site (None: unknown
    or several), and whether it came from another process (another station)."""

    kinds: frozenset[DataKind]
    site_id: int | None = None
    remote: bool = False

    def touches(self, kinds: Iterable[DataKind]) -> bool:
        """True when any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    def concerns_site(self, site_id: int | None) -> bool:
        """True when the change may concern a view of ``site_id`` (an unknown site may)."""
        return self.site_id is None or site_id is None or self.site_id == site_id


def encode_payload(origin: str, changes: Changes) -> str:
    """The NOTIFY payload: ``origin|site|kind,kind`` — no row data, no names."""
    site = "" if changes.site_id is None else str(changes.site_id)
    return f"{origin}|{site}|{','.join(sorted(changes.kinds))}"


def decode_payload(payload: str) -> tuple[str, Changes] | None:
    """The origin and changes of a NOTIFY payload; None for a payload that is not ours."""
    parts = payload.split("|")
    if len(parts) != 3:
        return None
    origin, site, kinds_text = parts
    try:
        kinds = frozenset(DataKind(k) for k in kinds_text.split(",") if k)
        site_id = int(site) if site else None
    except ValueError:
        return None
    return origin, Changes(kinds, site_id, remote=True)


Subscriber = Callable[[Changes], None]


@dataclass
class ChangePublisher:
    """Passes each committed operation's :class:`Changes` to its subscribers.

    One per open database (no global): the GUI's app context subscribes its Qt relay, the
    command line subscribes nothing. ``site_id`` is the acting user's site, sent with every
    notice; ``origin`` tells this process's own notices apart when they come back.
    Kinds written by a thread are held until that thread's transaction has committed
    (:meth:`hold`, then :meth:`flush`), so no view re-reads before the data is visible.
    ``notifier`` (PostgreSQL) tells other stations, after the commit.
    """

    site_id: int | None = None
    notifier: Subscriber | None = None
    closed: bool = False  # the database was disposed: nobody should listen any more
    origin: str = field(default_factory=lambda: secrets.token_hex(8))
    _subscribers: list[Subscriber] = field(default_factory=list)
    _held: threading.local = field(default_factory=threading.local)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber(changes)`` after every change; returns the unsubscribe function."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        """Tell every subscriber now (a failing subscriber does not stop the others)."""
        if not changes.kinds:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(changes)
            except Exception:
                log.exception("a change subscriber failed")

    def hold(self, kinds: Iterable[DataKind]) -> None:
        """Remember kinds this thread's committing transaction wrote (see :meth:`flush`)."""
        held: set[DataKind] = getattr(self._held, "kinds", None) or set()
        held.update(kinds)
        self._held.kinds = held

    def flush(self) -> Changes | None:
        """Publish what this thread's committed transactions wrote; return it (None if nothing)."""
        held: set[DataKind] | None = getattr(self._held, "kinds", None)
        self._held.kinds = None
        if not held:
            return None
        changes = Changes(frozenset(held), self.site_id)
        self.publish(changes)
        if self.notifier is not None:
            try:
                self.notifier(changes)
            except Exception:  # the data is committed; other stations see it at their next reload
                log.warning("other stations could not be told of a change", exc_info=True)
        return changes

    def discard(self) -> None:
        """Forget what this thread held (its transaction was rolled back)."""
        self._held.kinds = None
