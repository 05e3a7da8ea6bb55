"""Column types: exact decimals and aware UTC date-times on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """A ``Decimal`` stored as a whole number of ``10**-scale`` units (never a float).

    ``ScaledDecimal(2)`` stores euros as integer cents. A value with more decimals than
    the scale is refused rather than rounded silently.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale

    def process_bind_param(self, value: Decimal | int | str | float | None, dialect: Dialect) -> int | None:
        """The whole number of units stored for ``value``; a float or extra decimals are refused."""
        if value is None:
            return None
        if not isinstance(value, Decimal):
            if isinstance(value, float):
                raise TypeError("ScaledDecimal refuses float values; use Decimal")
            value = Decimal(value)
        units = value * self._factor
        if units != units.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimals")
        return int(units)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        """The ``Decimal`` of a stored whole number of units, with exactly ``scale`` decimals."""
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(Decimal(1).scaleb(-self.scale))


def Money() -> ScaledDecimal:  # noqa: N802 - reads like a type in column definitions
    """Euros with cents, stored as integer cents."""
    return ScaledDecimal(2)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware instant, stored in UTC; naive values are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """``value`` in UTC (naive for SQLite, which keeps no offset); a naive value is refused."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """The stored instant as an aware UTC ``datetime`` (SQLite's naive values are UTC)."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
