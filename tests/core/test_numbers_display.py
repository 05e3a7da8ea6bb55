"""Numbers shown to clerks: one Belgian format for amounts and decimals everywhere."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.numbers import format_euros, format_plain_decimal, plain_decimal
from app.core.rental.invoicing.formatting import format_amount


@pytest.mark.parametrize(("value", "shown"), [
    ("0", "0,00 €"), ("1142.04", "1.142,04 €"), ("-1234567.005", "-1.234.567,01 €"), ("0.125", "0,13 €")])
def test_amounts_in_the_belgian_format(value, shown):
    assert format_euros(Decimal(value)) == shown
    assert format_euros(Decimal(value)) == format_amount(Decimal(value))  # the invoices write the same


def test_a_stored_decimal_is_shown_with_a_comma_and_typed_back():
    assert format_plain_decimal("150.00") == "150,00" and format_plain_decimal("21.5") == "21,5"
    assert plain_decimal(format_plain_decimal("999999.99").replace(",", ".")) == Decimal("999999.99")
