"""Loading what the invoice PDF prints: the same values as the stored invoices (read here
through the ORM), in one session and one query, never another site's invoice."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from app.core.errors import AtelierError, NotFoundError
from app.core.platform.models import Site
from app.core.rental.invoicing import printing
from app.core.rental.invoicing.documents import issuer_of, load_documents, load_dossier_documents
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.models import Invoice
from tests.rental.invoicing.factories import make_contract, make_rental_world


@pytest.fixture
def split(world):
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw, plate="1-ABC-123")
    return rw, dossier_id, invoice_dossier(world.db, world.clerk_a, dossier_id)


def stored(db, invoice_id: int) -> dict:
    """What the PDF needs, read the plain ORM way (relationships, one get per reference)."""
    with db.session() as s:
        row = s.get(Invoice, invoice_id)
        return {"reference": row.reference, "kind": row.kind, "payer_name": row.payer_name,
                "total_incl": row.total_incl, "communication": row.structured_communication,
                "cancels": s.get(Invoice, row.cancels_id).reference if row.cancels_id else "",
                "lines": [(li.label, li.quantity, li.unit_price, li.amount, li.vat_rate) for li in row.lines],
                "vat_lines": [(v.rate, v.base, v.vat) for v in row.vat_lines],
                "issuer": issuer_of(s, row.site_id)}


def printed(document) -> dict:
    return {"reference": document.reference, "kind": document.kind, "payer_name": document.payer_name,
            "total_incl": document.total_incl, "communication": document.structured_communication,
            "cancels": document.cancels_reference,
            "lines": [(li.label, li.quantity, li.unit_price, li.amount, li.vat_rate) for li in document.lines],
            "vat_lines": list(document.vat_lines), "issuer": document.issuer}


@contextmanager
def statements(db):
    """The SQL statements (not BEGIN / transaction settings) and transactions run inside."""
    seen = {"selects": [], "transactions": 0}

    def on_execute(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT") and "set_config" not in statement:
            seen["selects"].append(statement)

    def on_begin(_conn):
        seen["transactions"] += 1

    event.listen(db.engine, "before_cursor_execute", on_execute)
    event.listen(db.engine, "begin", on_begin)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", on_execute)
        event.remove(db.engine, "begin", on_begin)


def test_documents_hold_the_stored_values(world, split):
    _, dossier_id, (pec, client) = split
    [note] = issue_credit_notes(world.db, world.clerk_a, dossier_id, [pec.id])
    with world.db.session() as s:
        current = load_dossier_documents(s, world.clerk_a, dossier_id)
        chosen = load_dossier_documents(s, world.clerk_a, dossier_id, [note.id, pec.id, client.id])
    assert [d.invoice_id for d in current] == [client.id]  # the cancelled PEC invoice is not current
    assert [d.invoice_id for d in chosen] == [note.id, pec.id, client.id]  # the order asked for
    for document in chosen:
        assert printed(document) == stored(world.db, document.invoice_id)
    assert chosen[0].cancels_reference == pec.reference and all(d.lines and d.vat_lines for d in chosen)
    assert chosen[0].issuer is chosen[1].issuer  # looked up once per call


def test_issuer_takes_the_company_address_when_the_site_has_none(world, split):
    _, dossier_id, (pec, _client) = split
    with world.db.session() as s:
        site = s.get(Site, world.site_a)
        site.street = site.postcode = site.city = ""
    with world.db.session() as s:
        [document] = load_documents(s, world.clerk_a, [pec.id])
        assert document.issuer == issuer_of(s, world.site_a)
    assert document.issuer.address_lines and printed(document) == stored(world.db, pec.id)


def test_a_print_is_one_transaction_and_one_query(world, split):
    _, dossier_id, (pec, client) = split
    printing.dossier_invoices_pdf(world.db, world.clerk_a, dossier_id)  # first print: statements built
    with statements(world.db) as seen:
        printing.dossier_invoices_pdf(world.db, world.clerk_a, dossier_id)
        printing.dossier_invoices_pdf(world.db, world.clerk_a, dossier_id, [client.id, pec.id])
    assert seen["transactions"] == 2
    assert len(seen["selects"]) == 2, seen["selects"]  # one query per print


def test_another_sites_invoices_are_never_loaded(world, split):
    _, dossier_id, (pec, client) = split
    with world.db.session() as s:
        with pytest.raises(NotFoundError):
            load_documents(s, world.clerk_b, [pec.id])
        assert load_dossier_documents(s, world.clerk_b, dossier_id) == []
        assert load_dossier_documents(s, world.clerk_b, dossier_id, [pec.id, client.id]) == []
    with pytest.raises(NotFoundError):
        printing.dossier_invoices_pdf(world.db, world.clerk_b, dossier_id, [pec.id])


def test_chosen_invoices_must_all_be_the_contracts_own(world, split):
    rw, dossier_id, (pec, client) = split
    other = make_contract(world.db, world.site_a, rw)
    [other_client] = [i for i in invoice_dossier(world.db, world.clerk_a, other) if i.payer_role == "client"]
    with world.db.session() as s:
        assert [d.invoice_id for d in load_dossier_documents(s, world.clerk_a, dossier_id,
                                                             [pec.id, other_client.id])] == [pec.id]
        assert s.scalar(select(Invoice.dossier_id).where(Invoice.id == other_client.id)) == other
    with pytest.raises(AtelierError, match="introuvable sur ce contrat"):
        printing.dossier_invoices_pdf(world.db, world.clerk_a, dossier_id, [pec.id, other_client.id])
    with pytest.raises(AtelierError, match="pas encore de facture"):
        printing.dossier_invoices_pdf(world.db, world.clerk_a, dossier_id, [])
