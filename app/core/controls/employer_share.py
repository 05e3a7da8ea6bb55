"""Which employer share (VZSHE60 dated table, else VZSHE50) applies to a sales contract date.

The manual: the contract date is compared with each row's date; when it is later than a
row's date (and earlier than the row above, rows going back in time), that row's
percentage is the employer share. Without a matching row, VZSHE50's share applies. The
row's date is read as "valid from", so a contract on that very date takes the row.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

TABLE_KEY = "employer_share_periods"
DEFAULT_KEY = "employer_share_pct"


def employer_share(values: Mapping[str, str], contract_date: date, table_key: str = TABLE_KEY,
                   default_key: str = DEFAULT_KEY) -> Decimal:
    """The employer share % for ``contract_date`` from a site's stored values."""
    rows = []
    row = 1
    while f"{table_key}.{row}.valid_from" in values:
        valid_from = values[f"{table_key}.{row}.valid_from"]
        percentage = values.get(f"{table_key}.{row}.percentage", "")
        if valid_from and percentage:
            rows.append((date.fromisoformat(valid_from), Decimal(percentage)))
        row += 1
    for valid_from, percentage in sorted(rows, reverse=True):
        if contract_date >= valid_from:
            return percentage
    return Decimal(values.get(default_key) or "0")


def commission_with_employer_share(commission: Decimal, share_percent: Decimal) -> Decimal:
    """The commission as counted in the contribution margin (manual: 100 at 20 % → 120)."""
    return (commission * (Decimal(100) + share_percent) / Decimal(100)).quantize(Decimal("0.01"))
