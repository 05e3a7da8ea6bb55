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
STATE_ORDER = tuple(STATE_LABELS)


def state_label(state: str | None) -> Message:
    """The clerk's name of an e-invoice state."""
    return STATE_LABELS.get(state or NONE, msg("peppol", "{state}", state=state))
