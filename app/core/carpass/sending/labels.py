"""The words a clerk reads for the states of sending: reading states, why a reading is
à vérifier, what the clerk decided. One place for the list, the history, the summary and
the command line."""

from __future__ import annotations

from app.core.carpass.sending.states import FollowupKind, Resolution, UncertainCause
from app.core.carpass.state_names import state_name
from app.core.i18n import Message, msg

CAUSE_TEXTS = {
    UncertainCause.TIMEOUT: msg("carpass", "pas de réponse dans le délai après l'envoi : Car-Pass a peut-être "
                                           "enregistré le relevé"),
    UncertainCause.CONNECTION_LOST: msg("carpass", "connexion coupée en attendant la réponse : Car-Pass a peut-être "
                                                   "enregistré le relevé"),
    UncertainCause.SERVER_ERROR: msg("carpass", "erreur du serveur Car-Pass après réception : le relevé a peut-être "
                                                "été enregistré"),
    UncertainCause.UNREADABLE: msg("carpass", "réponse de Car-Pass illisible ou sans référence"),
    UncertainCause.INTERRUPTED: msg("carpass", "envoi interrompu (poste arrêté pendant l'appel) : Car-Pass a "
                                               "peut-être reçu le relevé"),
}

RESOLUTION_TEXTS = {
    Resolution.RESENT: msg("carpass", "renvoyé"),
    Resolution.MARKED_RECEIVED: msg("carpass", "marqué comme reçu (référence du portail Car-Pass)"),
}

KIND_TEXTS = {
    FollowupKind.DESCRIPTION: msg("carpass", "description des travaux"),
    FollowupKind.CORRECTION: msg("carpass", "correction"),
}

WHAT_TO_DO = msg("carpass", "vérifiez sur le portail Car-Pass, puis « Renvoyer » ou « Marquer comme reçu »")


def state_label(state: str) -> Message:
    """What the clerk reads for a reading state: the one name of that state everywhere
    (:mod:`app.core.carpass.state_names`)."""
    return state_name(state)


def cause_text(cause: str | None) -> Message:
    """Why a reading is à vérifier (readings from before the causes were kept: generic)."""
    try:
        return CAUSE_TEXTS[UncertainCause(cause or "")]
    except ValueError:
        return msg("carpass", "issue de l'envoi inconnue : Car-Pass a peut-être reçu le relevé")


def resolution_text(resolution: str | None) -> Message | None:
    """What the clerk decided for a reading à vérifier, if anything."""
    return RESOLUTION_TEXTS.get(Resolution(resolution)) if resolution else None


def followup_text(kind: str, state: str, codes: list[str], corrected_km: int | None, reason: str | None = None,
                  requested_by: str | None = None) -> Message:
    """One work description or correction in a few words: what and where it stands (a
    correction with its reason and who asked, when given)."""
    if kind == FollowupKind.CORRECTION and reason:
        what = msg("carpass", "correction à {km} km ({reason}, {user})", km=corrected_km, reason=reason,
                   user=requested_by or "?")
    elif kind == FollowupKind.CORRECTION:
        what = msg("carpass", "correction à {km} km", km=corrected_km)
    else:
        what = msg("carpass", "description ({codes})", codes=", ".join(codes))
    return msg("carpass", "{what} : {state}", what=what, state=state_label(state))


def kind_text(kind: str) -> Message:
    """What a follow-up request is, in words."""
    return KIND_TEXTS[FollowupKind(kind)]


# Car-Pass's own processing states (its API answers them in English).
SERVER_STATUS_TEXTS = {
    "ongoing": msg("carpass", "en cours de traitement"),
    "processed": msg("carpass", "traité"),
    "accepted": msg("carpass", "accepté"),
    "reviewing": msg("carpass", "en examen (anomalie à répondre)"),
    "rejected": msg("carpass", "refusé"),
}


def server_status_text(status: str | None) -> Message:
    """Car-Pass's processing state in the clerk's language (an unknown one as Car-Pass wrote it)."""
    key = (status or "").strip().lower()
    return SERVER_STATUS_TEXTS.get(key) or msg("carpass", "{status}", status=status or "")
