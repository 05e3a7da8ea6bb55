"""One finding of the validator: the official rule id, its flag, the message and where."""

from __future__ import annotations

from dataclasses import dataclass

FATAL = "fatal"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """A broken rule: ``rule`` is the official id (BR-CO-15, PEPPOL-EN16931-R010…) or, for the
    UBL structure itself, UBL-STRUCTURE / UBL-ORDER / UBL-CARDINALITY / UBL-ATTRIBUTE / UBL-XML."""

    rule: str
    flag: str
    message: str
    location: str = ""

    def __str__(self) -> str:
        where = f" ({self.location})" if self.location else ""
        return f"[{self.rule}] {self.message}{where}"
