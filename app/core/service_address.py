"""The address of a web service a site talks to (Car-Pass, the Peppol access point): https
only, plain http only to this computer (the simulators), never credentials or parameters in
the address itself."""

from __future__ import annotations

from urllib.parse import urlsplit

from app.core.errors import ValidationError
from app.core.i18n import Message, msg

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def clean_service_url(url: str, label: Message) -> str:
    """``url`` checked and without its trailing slash; a refusal names the field ``label``."""
    text = (url or "").strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError("endpoint_url", msg("web", "adresse https://… attendue"), field_label=label)
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        raise ValidationError("endpoint_url", msg("web", "http:// n'est permis que vers cet ordinateur "
                                                         "(simulateur) ; utilisez https://"), field_label=label)
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValidationError("endpoint_url", msg("web", "ni identifiant, ni paramètres dans l'adresse"),
                              field_label=label)
    return text
