"""Reading a UBL Invoice / CreditNote for the rules: paths with ``cbc:``/``cac:`` prefixes,
texts and exact decimals (a value that is no decimal reads as None)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation

from app.core.peppol.validation.findings import FATAL, Finding
from app.core.peppol.validation.structure import PREFIXES, local

Rule = Callable[["UblDocument"], Iterator[Finding]]
RULES: list[Rule] = []


def rule(function: Rule) -> Rule:
    """Register a rule function (it yields the findings of one or a few related rules)."""
    RULES.append(function)
    return function


def decimal(text: str | None) -> Decimal | None:
    """The exact decimal of ``text``, or None."""
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def decimals_of(text: str | None) -> int:
    """How many decimals ``text`` is written with."""
    return len((text or "").strip().partition(".")[2])


class UblDocument:
    """The parsed document with the helpers every rule uses."""

    def __init__(self, root: ET.Element):
        self.root = root
        self.kind = local(root.tag)
        self.credit = self.kind == "CreditNote"
        self.line_tag = "cac:CreditNoteLine" if self.credit else "cac:InvoiceLine"
        self.quantity_tag = "cbc:CreditedQuantity" if self.credit else "cbc:InvoicedQuantity"
        self.type_tag = "cbc:CreditNoteTypeCode" if self.credit else "cbc:InvoiceTypeCode"

    def all(self, path: str, base: ET.Element | None = None) -> list[ET.Element]:
        """Elements at ``path`` under ``base`` (the document by default)."""
        return (self.root if base is None else base).findall(path, PREFIXES)

    def one(self, path: str, base: ET.Element | None = None) -> ET.Element | None:
        """The first element at ``path``, or None."""
        return (self.root if base is None else base).find(path, PREFIXES)

    def text(self, path: str, base: ET.Element | None = None) -> str:
        """The stripped text at ``path`` ("" when absent)."""
        element = self.one(path, base)
        return (element.text or "").strip() if element is not None else ""

    def number(self, path: str, base: ET.Element | None = None) -> Decimal | None:
        """The decimal at ``path`` (None when absent or not a number)."""
        return decimal(self.text(path, base)) if self.one(path, base) is not None else None

    def lines(self) -> list[ET.Element]:
        """The invoice (or credit note) lines."""
        return self.all(self.line_tag)

    def allowances(self, charge: bool = False) -> list[ET.Element]:
        """Document-level allowances (or charges)."""
        wanted = "true" if charge else "false"
        return [a for a in self.all("cac:AllowanceCharge") if self.text("cbc:ChargeIndicator", a) == wanted]


def finding(rule_id: str, message: str, location: str = "", flag: str = FATAL) -> Finding:
    """A finding with the rule's official message."""
    return Finding(rule_id, flag, message, location)
