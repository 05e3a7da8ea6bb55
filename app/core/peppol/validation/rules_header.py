"""Rules on the document as a whole: identifiers of the specification and the process,
number, dates, type code, currency, references and notes (EN 16931 BR-01…BR-05, BR-16,
BR-29, BR-52, BR-55, BR-CL-01/04; Peppol R001…R007, R051, P0100/P0101, F001, CL007)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from app.core.peppol.bis_document import CUSTOMIZATION_ID
from app.core.peppol.code_lists import CREDIT_NOTE_TYPES, CURRENCIES, INVOICE_TYPES
from app.core.peppol.validation.document import UblDocument, finding, rule
from app.core.peppol.validation.findings import Finding

PROCESS = re.compile(r"^urn:fdc:peppol\.eu:2017:poacc:billing:\d{2}:1\.0$")
DATE_PATHS = ("cbc:IssueDate", "cbc:DueDate", "cbc:TaxPointDate", "cac:InvoicePeriod/cbc:StartDate",
              "cac:InvoicePeriod/cbc:EndDate", "cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate",
              "cac:PaymentMeans/cbc:PaymentDueDate")
# Peppol P0100: invoice type codes allowed in BIS 3.0 (a subset of UNCL 1001).
PEPPOL_INVOICE_TYPES = frozenset("71 80 82 84 102 218 219 331 380 382 383 386 388 393 395 553 575 623 780 817 870 "
                                 "875 876 877".split())
PEPPOL_CREDIT_NOTE_TYPES = frozenset("81 83 261 262 296 308 381 396 420 458 532".split())


def _is_date(text: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


@rule
def specification(d: UblDocument) -> Iterator[Finding]:
    """BR-01, PEPPOL-EN16931-R004, R001, R007."""
    customization = d.text("cbc:CustomizationID")
    if not customization:
        yield finding("BR-01", "An Invoice shall have a Specification identifier (BT-24).")
    elif customization != CUSTOMIZATION_ID:
        yield finding("PEPPOL-EN16931-R004", f"Specification identifier MUST have the value '{CUSTOMIZATION_ID}'.",
                      "/cbc:CustomizationID")
    profile = d.text("cbc:ProfileID")
    if not profile:
        yield finding("PEPPOL-EN16931-R001", "Business process MUST be provided.")
    elif not PROCESS.match(profile):
        yield finding("PEPPOL-EN16931-R007", "Business process MUST be in the format "
                                             "'urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0'.", "/cbc:ProfileID")


@rule
def mandatory_header(d: UblDocument) -> Iterator[Finding]:
    """BR-02, BR-03, BR-04, BR-05, BR-16."""
    if not d.text("cbc:ID"):
        yield finding("BR-02", "An Invoice shall have an Invoice number (BT-1).")
    if not d.text("cbc:IssueDate"):
        yield finding("BR-03", "An Invoice shall have an Invoice issue date (BT-2).")
    if not d.text(d.type_tag):
        yield finding("BR-04", "An Invoice shall have an Invoice type code (BT-3).")
    if not d.text("cbc:DocumentCurrencyCode"):
        yield finding("BR-05", "An Invoice shall have an Invoice currency code (BT-5).")
    if not d.lines():
        yield finding("BR-16", "An Invoice shall have at least one Invoice line (BG-25)")


@rule
def type_code(d: UblDocument) -> Iterator[Finding]:
    """BR-CL-01 and PEPPOL-EN16931-P0100 / P0101."""
    code = d.text(d.type_tag)
    if not code:
        return
    if code not in (CREDIT_NOTE_TYPES if d.credit else INVOICE_TYPES):
        yield finding("BR-CL-01", "The document type code MUST be coded by the invoice and credit note related code "
                                  "lists of UNTDID 1001.", f"/{d.type_tag}")
    if code not in (PEPPOL_CREDIT_NOTE_TYPES if d.credit else PEPPOL_INVOICE_TYPES):
        yield finding("PEPPOL-EN16931-P0101" if d.credit else "PEPPOL-EN16931-P0100",
                      "Credit note type code MUST be set according to the profile." if d.credit
                      else "Invoice type code MUST be set according to the profile.", f"/{d.type_tag}")


@rule
def dates(d: UblDocument) -> Iterator[Finding]:
    """PEPPOL-EN16931-F001 (YYYY-MM-DD) and BR-29 (period end not before its start)."""
    for path in DATE_PATHS:
        for element in d.all(path):
            if not _is_date((element.text or "").strip()):
                yield finding("PEPPOL-EN16931-F001", "A date MUST be formatted YYYY-MM-DD.", f"/{path}")
    start, end = d.text("cac:InvoicePeriod/cbc:StartDate"), d.text("cac:InvoicePeriod/cbc:EndDate")
    if _is_date(start) and _is_date(end) and end < start:
        yield finding("BR-29", "If both Invoicing period start date (BT-73) and Invoicing period end date (BT-74) are "
                               "given then the Invoicing period end date (BT-74) shall be later or equal to the "
                               "Invoicing period start date (BT-73).", "/cac:InvoicePeriod")
    if d.one("cac:InvoicePeriod") is not None and not (start or end or d.text("cac:InvoicePeriod/cbc:DescriptionCode")):
        yield finding("BR-CO-19", "If Invoicing period (BG-14) is used, the Invoicing period start date (BT-73) or the "
                                  "Invoicing period end date (BT-74) shall be filled, or both.", "/cac:InvoicePeriod")


@rule
def currency(d: UblDocument) -> Iterator[Finding]:
    """BR-CL-04 (document currency), BR-CL-03 / PEPPOL-EN16931-CL007 (currency of each amount),
    PEPPOL-EN16931-R051 (one currency for every amount)."""
    code = d.text("cbc:DocumentCurrencyCode")
    if code and code not in CURRENCIES:
        yield finding("BR-CL-04", "Invoice currency code MUST be coded using ISO code list 4217 alpha-3",
                      "/cbc:DocumentCurrencyCode")
    if any(e.get("currencyID") not in CURRENCIES for e in d.root.iter() if e.get("currencyID") is not None):
        yield finding("BR-CL-03", "currencyID MUST be coded using ISO code list 4217 alpha-3")
        yield finding("PEPPOL-EN16931-CL007", "Currency code must be according to ISO 4217:2005")
    accounting = d.text("cbc:TaxCurrencyCode")
    for element in d.root.iter():
        found = element.get("currencyID")
        if found is not None and found != code and not (accounting and found == accounting):
            yield finding("PEPPOL-EN16931-R051", "All currencyID attributes must have the same value as the invoice "
                                                 "currency code (BT-5), except for the invoice total VAT amount in "
                                                 "accounting currency (BT-111).")
            break


@rule
def references(d: UblDocument) -> Iterator[Finding]:
    """PEPPOL-EN16931-R003 (buyer or order reference), R002 (one note), BR-55, BR-52."""
    if not d.text("cbc:BuyerReference") and not d.text("cac:OrderReference/cbc:ID"):
        yield finding("PEPPOL-EN16931-R003", "A buyer reference or purchase order reference MUST be provided.")
    if len(d.all("cbc:Note")) > 1:
        yield finding("PEPPOL-EN16931-R002", "No more than one note is allowed on document level, unless both the "
                                             "buyer and seller are German organizations.")
    for reference in d.all("cac:BillingReference/cac:InvoiceDocumentReference"):
        if not d.text("cbc:ID", reference):
            yield finding("BR-55", "Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice "
                                   "reference (BT-25).", "/cac:BillingReference")
    for reference in d.all("cac:AdditionalDocumentReference"):
        if not d.text("cbc:ID", reference):
            yield finding("BR-52", "Each Additional supporting document (BG-24) shall contain a Supporting document "
                                   "reference (BT-122).", "/cac:AdditionalDocumentReference")
