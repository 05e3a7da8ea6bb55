"""VAT rules: one VAT total with its breakdown, categories from UNCL 5305, amounts per rate
(EN 16931 BR-45…BR-48, BR-CO-14, BR-CO-17, BR-CO-18, BR-CL-17, BR-CL-18, BR-S-01…BR-S-10,
BR-Z-01…BR-Z-10; Peppol R053). Categories other than S and Z are refused by
:func:`unsupported_categories` (Atelier issues only those two)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from decimal import Decimal

from app.core.peppol.code_lists import VAT_CATEGORIES
from app.core.peppol.validation.document import UblDocument, finding, rule
from app.core.peppol.validation.findings import WARNING, Finding
from app.core.peppol.validation.rules_amounts import cents

SUPPORTED = ("S", "Z")
NAMES = {"S": "Standard rated", "Z": "Zero rated"}
RateAmount = tuple[Decimal | None, Decimal | None]  # (VAT rate, amount) of a line, allowance or charge


def _breakdowns(d: UblDocument) -> Iterator[ET.Element]:
    for total in d.all("cac:TaxTotal"):
        yield from d.all("cac:TaxSubtotal", total)


@rule
def vat_total(d: UblDocument) -> Iterator[Finding]:
    """PEPPOL-EN16931-R053, BR-CO-18, BR-CO-14, BR-45…BR-48, BR-CO-17, BR-CL-17 / 18."""
    with_breakdown = [t for t in d.all("cac:TaxTotal") if d.one("cac:TaxSubtotal", t) is not None]
    if len(with_breakdown) != 1:
        yield finding("PEPPOL-EN16931-R053", "Only one tax total with tax subtotals MUST be provided.")
    if not with_breakdown:
        yield finding("BR-CO-18", "An Invoice shall at least have one VAT breakdown group (BG-23).")
    for total in with_breakdown:
        amount = d.number("cbc:TaxAmount", total)
        parts = [d.number("cbc:TaxAmount", s) for s in d.all("cac:TaxSubtotal", total)]
        known = [part for part in parts if part is not None]
        if amount is not None and len(known) == len(parts) and amount != cents(sum(known, Decimal(0))):
            yield finding("BR-CO-14", "Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).",
                          "/cac:TaxTotal/cbc:TaxAmount")
    for subtotal in _breakdowns(d):
        taxable, tax = d.number("cbc:TaxableAmount", subtotal), d.number("cbc:TaxAmount", subtotal)
        category, rate = d.text("cac:TaxCategory/cbc:ID", subtotal), d.number("cac:TaxCategory/cbc:Percent", subtotal)
        for rule_id, missing, text in (
                ("BR-45", taxable is None, "shall have a VAT category taxable amount (BT-116)."),
                ("BR-46", tax is None, "shall have a VAT category tax amount (BT-117)."),
                ("BR-47", not category, "shall be defined through a VAT category code (BT-118)."),
                ("BR-48", rate is None and category != "O", "shall have a VAT category rate (BT-119), except if the "
                                                            "Invoice is not subject to VAT.")):
            if missing:
                yield finding(rule_id, f"Each VAT breakdown (BG-23) {text}", "/cac:TaxTotal/cac:TaxSubtotal")
        if taxable is not None and tax is not None and rate is not None and tax != cents(taxable * rate / 100):
            yield finding("BR-CO-17", "VAT category tax amount (BT-117) = VAT category taxable amount (BT-116) x (VAT "
                                      "category rate (BT-119) / 100), rounded to two decimals.",
                          "/cac:TaxTotal/cac:TaxSubtotal")
    for element in d.all(".//cac:TaxCategory/cbc:ID"):
        if (element.text or "").strip() not in VAT_CATEGORIES:
            yield finding("BR-CL-17", "Invoice tax categories MUST be coded using UNCL5305 code list")
    for element in d.all(".//cac:ClassifiedTaxCategory/cbc:ID"):
        if (element.text or "").strip() not in VAT_CATEGORIES:
            yield finding("BR-CL-18", "Invoice tax categories MUST be coded using UNCL5305 code list")


def _used(d: UblDocument, category: str) -> tuple[list[RateAmount], list[RateAmount], list[RateAmount]]:
    """Lines, allowances and charges of ``category`` as (rate, amount) pairs."""
    def pairs(nodes: Iterable[ET.Element], category_path: str, amount_path: str) -> list[RateAmount]:
        return [(d.number(f"{category_path}/cbc:Percent", n), d.number(amount_path, n)) for n in nodes
                if d.text(f"{category_path}/cbc:ID", n) == category]
    return (pairs(d.lines(), "cac:Item/cac:ClassifiedTaxCategory", "cbc:LineExtensionAmount"),
            pairs(d.allowances(), "cac:TaxCategory", "cbc:Amount"),
            pairs(d.allowances(charge=True), "cac:TaxCategory", "cbc:Amount"))


def _at_rate(pairs: list[RateAmount], rate: Decimal | None) -> Decimal:
    """The sum of the known amounts of ``pairs`` at ``rate``."""
    return sum((a for r, a in pairs if r == rate and a is not None), Decimal(0))


@rule
def categories(d: UblDocument) -> Iterator[Finding]:
    """BR-S-01…BR-S-10 and BR-Z-01…BR-Z-10."""
    seller_vat = any(d.text("cac:TaxScheme/cbc:ID", s).upper() == "VAT" and d.text("cbc:CompanyID", s)
                     for s in d.all("cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme"))
    seller_vat = seller_vat or d.one("cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:CompanyID") is not None
    for code in SUPPORTED:
        prefix, name = f"BR-{code}-", NAMES[code]
        lines, allowances, charges = _used(d, code)
        breakdowns = [s for s in _breakdowns(d) if d.text("cac:TaxCategory/cbc:ID", s) == code]
        if (lines or allowances or charges) and not breakdowns:
            yield finding(prefix + "01", f"An Invoice that contains an Invoice line, a Document level allowance or a "
                                         f"Document level charge where the VAT category code is \"{name}\" shall "
                                         f"contain in the VAT breakdown (BG-23) at least one VAT category code equal "
                                         f"with \"{name}\".")
        for number, used in (("02", lines), ("03", allowances), ("04", charges)):
            if used and not seller_vat:
                yield finding(prefix + number, f"\"{name}\" requires the Seller VAT Identifier (BT-31) or the Seller "
                                               "tax representative VAT identifier (BT-63).")
        for number, used in (("05", lines), ("06", allowances), ("07", charges)):
            for rate, _amount in used:
                if rate is None or (rate <= 0 if code == "S" else rate != 0):
                    yield finding(prefix + number, f"In a \"{name}\" element the VAT rate shall be "
                                                   f"{'greater than zero' if code == 'S' else '0 (zero)'}.")
        for subtotal in breakdowns:
            rate = d.number("cac:TaxCategory/cbc:Percent", subtotal)
            taxable, tax = d.number("cbc:TaxableAmount", subtotal), d.number("cbc:TaxAmount", subtotal)
            expected = cents(_at_rate(lines, rate) + _at_rate(charges, rate) - _at_rate(allowances, rate))
            if taxable is not None and taxable != expected:
                yield finding(prefix + "08", f"For each different value of VAT category rate (BT-119) where the VAT "
                                             f"category code (BT-118) is \"{name}\", the VAT category taxable amount "
                                             f"(BT-116) in a VAT breakdown (BG-23) shall equal the sum of Invoice line "
                                             f"net amounts plus the sum of document level charge amounts minus the sum "
                                             f"of document level allowance amounts.", "/cac:TaxTotal/cac:TaxSubtotal")
            known = taxable is not None and rate is not None
            wanted = cents(taxable * rate / 100) if code == "S" and taxable is not None and rate is not None \
                else Decimal(0)
            if tax is not None and (code == "Z" or known) and tax != wanted:
                yield finding(prefix + "09", f"The VAT category tax amount (BT-117) in a VAT breakdown where VAT "
                                             f"category code (BT-118) is \"{name}\" shall equal "
                                             f"{'the taxable amount multiplied by the rate' if code == 'S' else '0'}.",
                              "/cac:TaxTotal/cac:TaxSubtotal")
            if d.text("cac:TaxCategory/cbc:TaxExemptionReason", subtotal) or \
                    d.text("cac:TaxCategory/cbc:TaxExemptionReasonCode", subtotal):
                yield finding(prefix + "10", f"A VAT breakdown (BG-23) with VAT Category code (BT-118) \"{name}\" "
                                             "shall not have a VAT exemption reason code (BT-121) or VAT exemption "
                                             "reason text (BT-120).", "/cac:TaxTotal/cac:TaxSubtotal")


@rule
def unsupported_categories(d: UblDocument) -> Iterator[Finding]:
    """A warning for VAT categories whose rules this validator does not hold (never issued by Atelier)."""
    used = {(e.text or "").strip() for e in d.all(".//cac:TaxCategory/cbc:ID") + d.all(
        ".//cac:ClassifiedTaxCategory/cbc:ID")}
    for category in sorted(used & VAT_CATEGORIES - set(SUPPORTED)):
        yield finding("ATELIER-VAT", f"catégorie de TVA {category} : règles non vérifiées par ce validateur",
                      flag=WARNING)
