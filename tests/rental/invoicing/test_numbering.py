"""Invoice numbers: unbroken and unique, also with 8 stations invoicing at the same moment."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from app.core.db.engine import Database
from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.models import KIND_INVOICE, Invoice, InvoiceCounter
from app.core.rental.invoicing.numbering import format_reference, next_number
from app.core.rental.models import RentalDossier
from tests.rental.invoicing.factories import make_contract, make_rental_world

STATIONS = 8


def test_rolled_back_number_is_given_again(db, world):
    with pytest.raises(RuntimeError), db.session(immediate=True) as s:
        assert next_number(s, world.site_a, 2026, KIND_INVOICE) == 1
        raise RuntimeError("invoice insert failed")
    with db.session(immediate=True) as s:
        assert next_number(s, world.site_a, 2026, KIND_INVOICE) == 1
        assert next_number(s, world.site_a, 2026, KIND_INVOICE) == 2
        assert next_number(s, world.site_a, 2027, KIND_INVOICE) == 1
        assert next_number(s, world.site_a, 2026, "credit_note") == 1
    with db.session() as s:
        assert s.scalar(select(InvoiceCounter.last_number).where(InvoiceCounter.year == 2026,
                                                                 InvoiceCounter.kind == KIND_INVOICE)) == 2
    assert format_reference("A", 2026, 7, KIND_INVOICE) == "A-2026-00007"
    assert format_reference("A", 2026, 7, "credit_note") == "NC-A-2026-00007"


def test_concurrent_stations_get_unbroken_unique_numbers(db, world):
    """8 stations, each with its own connection pool, invoice 8 contracts at once."""
    rw = make_rental_world(db, world.company_id)
    dossiers = [make_contract(db, world.site_a, rw, fuel_in=8 if i % 2 else 5) for i in range(STATIONS)]
    barrier = threading.Barrier(STATIONS)
    results: dict[int, list] = {}
    errors: list[BaseException] = []

    def station(dossier_id: int) -> None:
        database = Database(db.url)
        try:
            barrier.wait(timeout=30)
            results[dossier_id] = invoice_dossier(database, world.clerk_a, dossier_id)
        except BaseException as exc:  # reported below, the test fails on it
            errors.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=station, args=(d,)) for d in dossiers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    with db.session() as s:
        numbers = sorted(s.scalars(select(Invoice.number).where(Invoice.site_id == world.site_a)))
        frozen = s.scalars(select(RentalDossier.invoiced).where(RentalDossier.id.in_(dossiers))).all()
    expected_count = sum(len(v) for v in results.values())
    assert expected_count == STATIONS + STATIONS // 2  # the 4 with missing fuel have two invoices
    assert numbers == list(range(1, expected_count + 1))  # 0 gaps, 0 duplicates
    assert all(frozen)
    for invoices in results.values():  # a contract's two invoices may not be adjacent, but both exist
        assert len({i.reference for i in invoices}) == len(invoices)


def test_same_contract_invoiced_twice_at_once_gives_one_set(db, world):
    rw = make_rental_world(db, world.company_id)
    dossier_id = make_contract(db, world.site_a, rw)
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def station() -> None:
        database = Database(db.url)
        try:
            barrier.wait(timeout=30)
            outcomes.append(invoice_dossier(database, world.clerk_a, dossier_id))
        except Exception as exc:  # the loser must be refused, not create more invoices
            outcomes.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=station) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sum(isinstance(o, list) for o in outcomes) == 1
    with db.session() as s:
        assert len(s.scalars(select(Invoice.id)).all()) == 2
