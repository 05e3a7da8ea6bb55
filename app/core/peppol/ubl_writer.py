"""A :class:`BisDocument` written as UBL 2.1 (Invoice or CreditNote) in the order the UBL
schemas and Peppol BIS Billing 3.0 prescribe. Empty values are left out, never written as
empty elements (PEPPOL-EN16931-R008)."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from decimal import Decimal

from app.core.peppol.bis_document import (
    CREDIT_NOTE_TYPE,
    CUSTOMIZATION_ID,
    INVOICE_TYPE,
    PROFILE_ID,
    BisDocument,
    BisParty,
)

CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
ET.register_namespace("cbc", CBC)
ET.register_namespace("cac", CAC)


def amount_text(value: Decimal) -> str:
    """An amount with exactly two decimals (BR-DEC rules)."""
    return f"{value.quantize(Decimal('0.01')):f}"


def number_text(value: Decimal) -> str:
    """A quantity, price or rate without exponent or useless trailing zeros (``18.75``, ``21``)."""
    text = f"{value.normalize():f}"
    return text if text != "-0" else "0"


class _Builder:
    """Appends cbc/cac children, skipping empty values."""

    def __init__(self, currency: str):
        self.currency = currency

    def cbc(self, parent: ET.Element, name: str, text: str | None, **attributes: str) -> ET.Element | None:
        if text is None or str(text).strip() == "":
            return None
        element = ET.SubElement(parent, f"{{{CBC}}}{name}", {k: v for k, v in attributes.items() if v})
        element.text = str(text)
        return element

    def amount(self, parent: ET.Element, name: str, value: Decimal | None) -> None:
        if value is not None:
            self.cbc(parent, name, amount_text(value), currencyID=self.currency)

    @staticmethod
    def cac(parent: ET.Element, name: str) -> ET.Element:
        return ET.SubElement(parent, f"{{{CAC}}}{name}")

    def tax_category(self, parent: ET.Element, name: str, category: str, rate: Decimal) -> None:
        element = self.cac(parent, name)
        self.cbc(element, "ID", category)
        self.cbc(element, "Percent", number_text(rate))
        self.cbc(self.cac(element, "TaxScheme"), "ID", "VAT")

    def party(self, parent: ET.Element, role: str, party: BisParty) -> None:
        node = self.cac(self.cac(parent, role), "Party")
        self.cbc(node, "EndpointID", party.endpoint.value, schemeID=party.endpoint.scheme)
        self.cbc(self.cac(node, "PartyName"), "Name", party.name)
        address = self.cac(node, "PostalAddress")
        self.cbc(address, "StreetName", party.street)
        self.cbc(address, "CityName", party.city)
        self.cbc(address, "PostalZone", party.postcode)
        self.cbc(self.cac(address, "Country"), "IdentificationCode", party.country)
        if party.vat_number:
            scheme = self.cac(node, "PartyTaxScheme")
            self.cbc(scheme, "CompanyID", party.vat_number)
            self.cbc(self.cac(scheme, "TaxScheme"), "ID", "VAT")
        legal = self.cac(node, "PartyLegalEntity")
        self.cbc(legal, "RegistrationName", party.name)
        self.cbc(legal, "CompanyID", party.legal_id, schemeID=party.legal_id_scheme)
        if party.email:
            self.cbc(self.cac(node, "Contact"), "ElectronicMail", party.email)


def write_ubl(document: BisDocument) -> bytes:
    """The UBL 2.1 XML of ``document`` (UTF-8, with XML declaration)."""
    credit = document.is_credit_note
    b = _Builder(document.currency)
    # The document element in the default namespace, as Peppol's examples write it (the
    # declaration is written as an attribute: ElementTree has no default prefix per document).
    root = ET.Element("CreditNote" if credit else "Invoice", {"xmlns": CREDIT_NOTE_NS if credit else INVOICE_NS})
    b.cbc(root, "CustomizationID", CUSTOMIZATION_ID)
    b.cbc(root, "ProfileID", PROFILE_ID)
    b.cbc(root, "ID", document.number)
    b.cbc(root, "IssueDate", document.issue_date.isoformat())
    if credit:
        b.cbc(root, "CreditNoteTypeCode", CREDIT_NOTE_TYPE)
    else:
        b.cbc(root, "DueDate", document.due_date.isoformat() if document.due_date else None)
        b.cbc(root, "InvoiceTypeCode", INVOICE_TYPE)
    b.cbc(root, "Note", document.note)
    b.cbc(root, "DocumentCurrencyCode", document.currency)
    b.cbc(root, "BuyerReference", document.buyer_reference)
    if document.period_start or document.period_end:
        period = b.cac(root, "InvoicePeriod")
        b.cbc(period, "StartDate", document.period_start.isoformat() if document.period_start else None)
        b.cbc(period, "EndDate", document.period_end.isoformat() if document.period_end else None)
    if document.preceding_number:
        reference = b.cac(b.cac(root, "BillingReference"), "InvoiceDocumentReference")
        b.cbc(reference, "ID", document.preceding_number)
        b.cbc(reference, "IssueDate", document.preceding_issue_date.isoformat()
              if document.preceding_issue_date else None)
    if document.contract_reference:
        b.cbc(b.cac(root, "ContractDocumentReference"), "ID", document.contract_reference)
    for attachment in document.attachments:
        reference = b.cac(root, "AdditionalDocumentReference")
        b.cbc(reference, "ID", attachment.document_id)
        b.cbc(reference, "DocumentDescription", attachment.description)
        b.cbc(b.cac(reference, "Attachment"), "EmbeddedDocumentBinaryObject",
              base64.b64encode(attachment.content).decode("ascii"), mimeCode=attachment.mime_code,
              filename=attachment.filename)
    b.party(root, "AccountingSupplierParty", document.seller)
    b.party(root, "AccountingCustomerParty", document.buyer)
    if document.payment_means:
        means = b.cac(root, "PaymentMeans")
        b.cbc(means, "PaymentMeansCode", document.payment_means)
        b.cbc(means, "PaymentID", document.payment_id)
        if document.iban:
            account = b.cac(means, "PayeeFinancialAccount")
            b.cbc(account, "ID", document.iban)
            b.cbc(account, "Name", document.account_name)
    for allowance in document.allowances:
        node = b.cac(root, "AllowanceCharge")
        b.cbc(node, "ChargeIndicator", "false")
        b.cbc(node, "AllowanceChargeReasonCode", allowance.reason_code)
        b.cbc(node, "AllowanceChargeReason", allowance.reason)
        b.amount(node, "Amount", allowance.amount)
        b.tax_category(node, "TaxCategory", allowance.vat_category, allowance.vat_rate)
    total = b.cac(root, "TaxTotal")
    b.amount(total, "TaxAmount", document.total_vat)
    for vat in document.vat:
        subtotal = b.cac(total, "TaxSubtotal")
        b.amount(subtotal, "TaxableAmount", vat.taxable)
        b.amount(subtotal, "TaxAmount", vat.tax)
        b.tax_category(subtotal, "TaxCategory", vat.category, vat.rate)
    totals = b.cac(root, "LegalMonetaryTotal")
    b.amount(totals, "LineExtensionAmount", document.line_total)
    b.amount(totals, "TaxExclusiveAmount", document.total_excl)
    b.amount(totals, "TaxInclusiveAmount", document.total_incl)
    b.amount(totals, "AllowanceTotalAmount", document.allowance_total)
    b.amount(totals, "PayableAmount", document.payable)
    for line in document.lines:
        node = b.cac(root, "CreditNoteLine" if credit else "InvoiceLine")
        b.cbc(node, "ID", line.line_id)
        b.cbc(node, "CreditedQuantity" if credit else "InvoicedQuantity", number_text(line.quantity),
              unitCode=line.unit_code)
        b.amount(node, "LineExtensionAmount", line.amount)
        item = b.cac(node, "Item")
        b.cbc(item, "Description", line.description)
        b.cbc(item, "Name", line.name)
        if line.seller_item_id:
            b.cbc(b.cac(item, "SellersItemIdentification"), "ID", line.seller_item_id)
        b.tax_category(item, "ClassifiedTaxCategory", line.vat_category, line.vat_rate)
        b.cbc(b.cac(node, "Price"), "PriceAmount", number_text(line.unit_price), currencyID=document.currency)
    ET.indent(root, space="  ")
    xml: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)  # bytes for any encoding but "unicode"
    return xml
