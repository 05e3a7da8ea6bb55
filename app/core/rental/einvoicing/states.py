"""How an invoice's e-invoice state is named to the clerk (grid, CLI, tooltips)."""

from __future__ import annotations

from app.core.i18n import Message, msg

NONE = "none"   # due, not sent yet
PDF = "pdf"     # payer without VAT number: no e-invoice
STATE_LABELS = {
    NONE: msg("peppol", "à envoyer"),
    PDF: msg("peppol", "PDF (sans TVA)"),
    "queued": msg("peppol", "en file d'envoi"),
    "sending": msg("peppol", "envoi en cours"),
    "sent": msg("peppol", "envoyé"),
    "delivered": msg("peppol", "livré"),
    "refused": msg("peppol", "refusé"),
    "unknown": msg("peppol", "à vérifier"),
    "not_registered": msg("peppol", "absent de Peppol"),
}


def state_label(state: str | None) -> Message:
    """The clerk's name of an e-invoice state."""
    return STATE_LABELS.get(state or NONE, msg("peppol", "{state}", state=state))


NOT_FOUND = "not_found"  # provider_status of an "à vérifier" sending the provider says it never got


def state_hint(state: str | None, provider_status: str | None = None) -> Message | None:
    """What the clerk can do about an e-invoice in ``state`` (None when nothing is needed)."""
    if state == "unknown" and provider_status == NOT_FOUND:
        return msg("peppol", "Inconnue du fournisseur : elle ne lui est pas parvenue, vous pouvez la renvoyer.")
    return {
        "none": msg("peppol", "Facture à un assujetti à la TVA : envoyez-la par Peppol (Envoyer l'e-facture)."),
        "queued": msg("peppol", "En attente d'un nouvel essai (Envoyer la file, ou l'envoi planifié)."),
        "unknown": msg("peppol", "Transmission non confirmée : Actualiser les états, ou vérifiez chez votre "
                                 "fournisseur avant de renvoyer."),
        "not_registered": msg("peppol", "L'acheteur ne reçoit pas de factures par Peppol : vérifiez son identifiant "
                                        "Peppol (fiche client) et renvoyez quand il est inscrit ; rien n'a été envoyé."),
        "refused": msg("peppol", "Refusée : si la facture est en cause, annulez-la par une note de crédit, refacturez "
                                 "puis renvoyez ; sinon corrigez la cause et renvoyez."),
    }.get(state or "none")
