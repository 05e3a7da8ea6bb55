"""How an invoice's e-invoice state is named to the clerk (grid, CLI, tooltips)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from app.core.i18n import Message, msg
from app.core.rental.einvoicing.models import (
    DELIVERED,
    NOT_REGISTERED,
    QUEUED,
    REFUSED,
    SENDING,
    SENT,
    STATES,
    UNKNOWN,
)

NONE = "none"   # due, not sent yet
PDF = "pdf"     # payer without VAT number: no e-invoice
STATE_LABELS = {
    NONE: msg("peppol", "à envoyer"),
    PDF: msg("peppol", "PDF (sans TVA)"),
    QUEUED: msg("peppol", "en file d'envoi"),
    SENDING: msg("peppol", "envoi en cours"),
    SENT: msg("peppol", "envoyé"),
    DELIVERED: msg("peppol", "livré"),
    REFUSED: msg("peppol", "refusé"),
    UNKNOWN: msg("peppol", "à vérifier"),
    NOT_REGISTERED: msg("peppol", "absent de Peppol"),
}
SENDABLE = (NONE,)                            # due and never sent
RESENDABLE = (REFUSED, NOT_REGISTERED, UNKNOWN)  # a new sending may follow (unknown: once checked)
WITH_XML = (NONE, *STATES)                    # a UBL document exists or can be built (not PDF-only)


@dataclass(frozen=True)
class EinvoiceActions:
    """What the clerk may do with the chosen invoices' e-invoices."""

    send: bool
    resend: bool
    xml: bool


def einvoice_actions(states: Collection[str]) -> EinvoiceActions:
    """The e-invoice actions open to a selection of invoices in these e-invoice states
    (send: any number of unsent ones; resend and the XML: one invoice)."""
    chosen = set(states)
    return EinvoiceActions(send=bool(chosen) and chosen <= set(SENDABLE),
                           resend=len(states) == 1 and chosen <= set(RESENDABLE),
                           xml=len(states) == 1 and chosen <= set(WITH_XML))


def state_label(state: str | None) -> Message:
    """The clerk's name of an e-invoice state."""
    return STATE_LABELS.get(state or NONE, msg("peppol", "{state}", state=state))


NOT_FOUND = "not_found"  # provider_status of an "à vérifier" sending the provider says it never got


def state_hint(state: str | None, provider_status: str | None = None) -> Message | None:
    """What the clerk can do about an e-invoice in ``state`` (None when nothing is needed)."""
    if state == UNKNOWN and provider_status == NOT_FOUND:
        return msg("peppol", "Inconnue du fournisseur : elle ne lui est pas parvenue, vous pouvez la renvoyer.")
    return {
        "none": msg("peppol", "Facture à un assujetti à la TVA : envoyez-la par Peppol (Envoyer l'e-facture)."),
        "queued": msg("peppol", "En attente d'un nouvel essai (Envoyer la file, ou l'envoi planifié)."),
        "unknown": msg("peppol", "Transmission non confirmée : Actualiser les états, ou vérifiez chez votre "
                                 "fournisseur avant de renvoyer."),
        "not_registered": msg("peppol", "L'acheteur ne reçoit pas de factures par Peppol : vérifiez son identifiant "
                                        "Peppol (fiche client) et renvoyez quand il est inscrit ; "
                                        "rien n'a été envoyé."),
        "refused": msg("peppol", "Refusée : si la facture est en cause, annulez-la par une note de crédit, refacturez "
                                 "puis renvoyez ; sinon corrigez la cause et renvoyez."),
    }.get(state or "none")
