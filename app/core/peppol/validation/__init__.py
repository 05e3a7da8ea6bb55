"""Atelier's own validator of Peppol BIS Billing 3.0 UBL documents: the UBL 2.1 structure
BIS allows (:mod:`.structure`) and the EN 16931 and Peppol rules that apply to the
documents Atelier issues (``rules_*``), each finding named by the rule's official id.

The official Schematron artefacts check more (national rules, categories Atelier never
uses); ``tools/peppol_official_check.py`` runs them next to this validator.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from app.core.peppol.validation import rules_amounts, rules_header, rules_parties, rules_vat  # noqa: F401 - register
from app.core.peppol.validation.document import RULES, UblDocument
from app.core.peppol.validation.findings import FATAL, Finding
from app.core.peppol.validation.structure import INVOICE_NS_ROOTS, check_structure


@dataclass(frozen=True)
class ValidationReport:
    """Every finding of one document."""

    findings: tuple[Finding, ...]

    @property
    def fatal(self) -> tuple[Finding, ...]:
        """The findings that make the document unfit to send."""
        return tuple(f for f in self.findings if f.flag == FATAL)

    @property
    def valid(self) -> bool:
        """True when no fatal rule is broken."""
        return not self.fatal

    @property
    def rule_ids(self) -> set[str]:
        """The ids of the fatal rules broken."""
        return {f.rule for f in self.fatal}


def validate_ubl(xml: bytes | str) -> ValidationReport:
    """Check a UBL Invoice or CreditNote; an unreadable document gives one UBL-XML finding."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        return ValidationReport((Finding("UBL-XML", FATAL, f"XML illisible : {exc}"),))
    if root.tag not in INVOICE_NS_ROOTS:
        return ValidationReport((Finding("UBL-XML", FATAL, f"ni Invoice ni CreditNote UBL 2.1 : {root.tag}"),))
    document = UblDocument(root)
    findings = list(check_structure(root))
    for rule in RULES:
        findings.extend(rule(document))
    return ValidationReport(tuple(findings))
