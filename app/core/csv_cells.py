"""CSV cells that a spreadsheet cannot run: text starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return is prefixed with an apostrophe (OWASP "CSV injection"); numbers
are written as numbers, never altered — also a negative amount already formatted as text
("-12,50 €"), which no spreadsheet runs."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMATTED_NEGATIVE = re.compile(r"-\d[\d .,\u00a0\u202f]*(?: ?€| ?%| km)?")


def safe_cell(value: Any) -> Any:
    """The value as a CSV writer should receive it: None as empty, booleans as 1/0, numbers
    and dates untouched, text neutralised when a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float, Decimal)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not _FORMATTED_NEGATIVE.fullmatch(text):
        return "'" + text
    return text
