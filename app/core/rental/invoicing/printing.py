"""PDF of a contract's invoices (all current ones, or the ones the clerk chose) and of the
contract itself, within the user's site."""

from __future__ import annotations

from sqlalchemy import select

from app.core.db.engine import Database
from app.core.errors import AtelierError
from app.core.i18n import Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier
from app.core.rental.invoicing.contract_pdf import load_contract, render_contract
from app.core.rental.invoicing.documents import load_dossier_documents
from app.core.rental.invoicing.invoice_pdf import render_invoices
from app.core.rental.invoicing.models import KIND_INVOICE, Invoice


def current_invoice_ids(database: Database, scope: UserScope, dossier_id: int) -> list[int]:
    """The contract's invoices not cancelled by a credit note, in number order."""
    with database.session() as session:
        get_dossier(session, scope, dossier_id)
        return list(session.scalars(select(Invoice.id).where(
            Invoice.dossier_id == dossier_id, Invoice.site_id == scope.site_id, Invoice.kind == KIND_INVOICE,
            Invoice.cancelled_by_id.is_(None)).order_by(Invoice.number)))


def dossier_invoices_pdf(database: Database, scope: UserScope, dossier_id: int, invoice_ids: list[int] | None = None,
                         translate: Translator = identity_translator) -> bytes:
    """The contract's current invoices in one PDF, or only those chosen (which must be its own).

    One session; the invoices, their issuer, lines and VAT lines in two queries
    (:func:`load_dossier_documents`). The contract itself is looked up only when nothing
    was found, to tell another site's contract (not found) from a contract without invoice.
    """
    with database.session() as session:
        documents = load_dossier_documents(session, scope, dossier_id, invoice_ids)
        foreign = invoice_ids is not None and len(documents) != len(invoice_ids)
        if foreign or not documents:
            get_dossier(session, scope, dossier_id)  # another site's contract: NotFoundError
            if foreign:
                raise AtelierError(msg("rental", "Facture introuvable sur ce contrat ou déjà annulée."))
            raise AtelierError(msg("rental", "Ce contrat n'a pas encore de facture."))
    return render_invoices(documents, translate)


def contract_pdf(database: Database, scope: UserScope, dossier_id: int,
                 translate: Translator = identity_translator) -> bytes:
    """The contract document for signature, for the recipient its agreement names."""
    with database.session() as session:
        document = load_contract(session, scope, dossier_id, translate)
    return render_contract(document, translate)
