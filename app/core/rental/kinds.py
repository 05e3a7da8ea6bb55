"""The names the rental module stores for what a dossier is and for who pays.

The enum values are the ones stored in the database (check constraints in ``models.py``)
and accepted by the CLI; compare with the members, never with string literals.
"""

from __future__ import annotations

from enum import StrEnum


class DossierKind(StrEnum):
    """What a dossier is: a price offer, a booked car, or a signed rental contract."""

    QUOTE = "quote"
    RESERVATION = "reservation"
    CONTRACT = "contract"


class PayerRole(StrEnum):
    """Who pays a line or an invoice: the assistance company (PEC) and the beneficiary on a
    PEC contract, the customer on any other contract (invoices only)."""

    PEC = "pec"
    CLIENT = "client"
    CUSTOMER = "customer"


DOSSIER_KINDS = tuple(DossierKind)
PAYER_ROLES = tuple(PayerRole)
LINE_PAYERS = (PayerRole.CLIENT, PayerRole.PEC)  # who pays a priced line or an extra item
