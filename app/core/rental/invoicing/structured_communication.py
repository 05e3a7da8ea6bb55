"""Belgian structured communication (OGM-VCS, ``+++xxx/xxxx/xxxxx+++``) for bank transfers.

Ten digits identify the invoice — site id (3), year (2), number (5) — followed by the two
mod-97 check digits. Made and checked with python-stdnum's ``be.ogm_vcs``.
"""

from __future__ import annotations

from stdnum.be import ogm_vcs
from stdnum.exceptions import ValidationError as StdnumError

from app.core.errors import ValidationError
from app.core.i18n import msg


def make_communication(site_id: int, year: int, number: int) -> str:
    """The structured communication of an invoice, as printed: ``+++012/6000/12345+++``."""
    if not (0 < site_id < 1000 and 0 < number < 100000):
        raise ValueError("site id or invoice number too large for a structured communication")
    base = f"{site_id:03d}{year % 100:02d}{number:05d}"
    digits = base + ogm_vcs.calc_check_digits(base)
    return f"+++{ogm_vcs.format(ogm_vcs.validate(digits))}+++"


def check_communication(value: str) -> str:
    """Validate a typed structured communication; return its 12 digits."""
    try:
        if len(value or "") > 40:  # longer than any layout of 12 digits; stdnum would choke on it
            raise StdnumError("too long")
        return ogm_vcs.validate(value or "")
    except StdnumError:
        raise ValidationError(
            "structured_communication",
            msg("rental", "communication structurée invalide (format +++123/4567/89012+++ et contrôle modulo 97)"),
            field_label=msg("rental", "Communication structurée"),
        ) from None
