"""Every document of the test set is a valid Peppol BIS 3.0 document, with the PDF's amounts."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from app.core.errors import ValidationError
from app.core.peppol.ubl_writer import write_ubl
from app.core.peppol.validation import validate_ubl
from app.core.rental.einvoicing.invoice_document import build_document
from app.core.rental.einvoicing.outbox import document_xml
from app.core.rental.invoicing.models import Invoice

NS = {"cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
      "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"}


def xml_of(world, invoice_id, scope=None) -> bytes:
    with world.db.session() as s:
        invoice = s.get(Invoice, invoice_id)
        scope = scope or (world.clerk_a if invoice.site_id == world.site_a else world.clerk_b)
        return write_ubl(build_document(s, scope, invoice))


def test_every_document_of_the_test_set_passes_the_validator(world, test_set):
    assert len(test_set.documents) == 14
    for name, invoice_id in test_set.documents.items():
        report = validate_ubl(xml_of(world, invoice_id))
        assert report.valid, (name, [str(f) for f in report.fatal])
        assert not report.findings, (name, [str(f) for f in report.findings])


def test_amounts_are_the_pdf_decimals(world, test_set):
    for invoice_id in test_set.documents.values():
        root = ET.fromstring(xml_of(world, invoice_id))
        with world.db.session() as s:
            invoice = s.get(Invoice, invoice_id)
            totals = root.find("cac:LegalMonetaryTotal", NS)
            assert Decimal(totals.findtext("cbc:TaxExclusiveAmount", namespaces=NS)) == invoice.total_excl
            assert Decimal(totals.findtext("cbc:TaxInclusiveAmount", namespaces=NS)) == invoice.total_incl
            assert Decimal(root.findtext("cac:TaxTotal/cbc:TaxAmount", namespaces=NS)) == invoice.total_vat
            rates = sorted(Decimal(e.text) for e in root.findall(".//cac:TaxSubtotal/cac:TaxCategory/cbc:Percent", NS))
            assert rates == sorted(v.rate for v in invoice.vat_lines)
            positive = [line for line in invoice.lines if line.amount > 0]
            line_tag = "cac:CreditNoteLine" if invoice.kind == "credit_note" else "cac:InvoiceLine"
            amounts = [Decimal(e.findtext("cbc:LineExtensionAmount", namespaces=NS))
                       for e in root.findall(line_tag, NS)]
            assert amounts == [line.amount for line in positive]


def test_discount_becomes_an_allowance_and_units_follow_the_lines(world, test_set):
    root = ET.fromstring(xml_of(world, test_set.documents["business_extras_21"]))
    allowance = root.find("cac:AllowanceCharge", NS)
    assert allowance.findtext("cbc:ChargeIndicator", namespaces=NS) == "false"
    assert allowance.findtext("cbc:AllowanceChargeReasonCode", namespaces=NS) == "95"
    assert Decimal(allowance.findtext("cbc:Amount", namespaces=NS)) > 0
    units = {e.findtext("cac:Item/cac:SellersItemIdentification/cbc:ID", namespaces=NS):
             e.find("cbc:InvoicedQuantity", NS).get("unitCode") for e in root.findall("cac:InvoiceLine", NS)}
    assert units["JSUP"] == "DAY" and units["KMSUP"] == "KMT" and units["CARB"] == "LTR" and units["LOC"] == "C62"
    six = ET.fromstring(xml_of(world, test_set.documents["business_extras_6"]))
    assert six.findtext(".//cac:TaxSubtotal/cac:TaxCategory/cbc:Percent", namespaces=NS) == "6"


def test_references_period_payment_and_pdf(world, test_set):
    root = ET.fromstring(xml_of(world, test_set.documents["pec_single"]))
    assert root.findtext("cbc:BuyerReference", namespaces=NS) == "EA-2026-88812"
    assert root.findtext("cac:InvoicePeriod/cbc:StartDate", namespaces=NS) == "2026-11-16"
    assert root.findtext("cac:InvoicePeriod/cbc:EndDate", namespaces=NS) == "2026-11-21"
    assert root.findtext("cac:PaymentMeans/cbc:PaymentMeansCode", namespaces=NS) == "30"
    assert root.findtext("cac:PaymentMeans/cbc:PaymentID", namespaces=NS).startswith("+++")
    assert root.findtext("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", namespaces=NS) == "BE68539007547034"
    assert root.find("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", NS).get("schemeID") == "0208"
    attachment = root.find(".//cbc:EmbeddedDocumentBinaryObject", NS)
    assert attachment.get("mimeCode") == "application/pdf"
    assert base64.b64decode(attachment.text).startswith(b"%PDF")
    note = ET.fromstring(xml_of(world, test_set.documents["credit_note"]))
    with world.db.session() as s:
        original = s.get(Invoice, test_set.documents["pec_single"]).reference
    assert note.findtext("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", namespaces=NS) == original
    assert note.findtext("cbc:CreditNoteTypeCode", namespaces=NS) == "381"
    business = ET.fromstring(xml_of(world, test_set.documents["business_extras_21"]))
    assert business.findtext("cbc:BuyerReference", namespaces=NS).startswith("A-")


def test_private_payer_stays_pdf_and_missing_iban_is_named(world, test_set):
    with world.db.session() as s:
        with pytest.raises(ValidationError) as info:
            document_xml(s, world.clerk_a, s.get(Invoice, test_set.pdf_only))
        assert "particulier" in str(info.value)
    from app.core.platform.models import Company

    with world.db.session() as s:
        s.get(Company, world.company_id).iban = ""
    with world.db.session() as s, pytest.raises(ValidationError) as info:
        document_xml(s, world.clerk_a, s.get(Invoice, test_set.documents["pec_two"]))
    assert info.value.field == "iban"


def test_bill_splits_are_valid_e_invoices(world, test_set):
    """80 %: the beneficiary's share is an allowance on the assistance's invoice. VAT to the
    beneficiary: the assistance's lines zero-rated, the beneficiary's invoice taxing the share
    at 21 % and deducting it at 0 % (an allowance), so the VAT base is counted once."""
    def subtotals(root):
        return {e.findtext("cac:TaxCategory/cbc:ID", namespaces=NS): (
            Decimal(e.findtext("cbc:TaxableAmount", namespaces=NS)),
            Decimal(e.findtext("cbc:TaxAmount", namespaces=NS)))
            for e in root.findall("cac:TaxTotal/cac:TaxSubtotal", NS)}

    pec80 = ET.fromstring(xml_of(world, test_set.documents["pec_percentage"]))
    assert Decimal(pec80.findtext("cac:AllowanceCharge/cbc:Amount", namespaces=NS)) == Decimal("45.00")
    assert subtotals(pec80) == {"S": (Decimal("180.00"), Decimal("37.80"))}
    pec = ET.fromstring(xml_of(world, test_set.documents["pec_vat_to_client"]))
    assert subtotals(pec) == {"Z": (Decimal("210.00"), Decimal("0.00"))}  # capped: 42,00 × 5
    client = ET.fromstring(xml_of(world, test_set.documents["beneficiary_pays_vat"]))
    # 15,00 over the cap + fuel 50,61 + the assistance's 210,00 share = 275,61 at 21 % → 57,88
    assert subtotals(client) == {"S": (Decimal("275.61"), Decimal("57.88")), "Z": (Decimal("-210.00"), Decimal("0.00"))}
    assert Decimal(client.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS)) == Decimal("123.49")


def test_extras_are_lines_of_their_payer_in_their_unit(world, test_set):
    """Delivery 25,00 on the assistance's invoice (one unit); two child seats × 5 days × 5,00 = 50,00
    on the beneficiary's, counted in days."""
    def lines(root):
        return {e.findtext("cac:Item/cac:SellersItemIdentification/cbc:ID", namespaces=NS): (
            e.find("cbc:InvoicedQuantity", NS).text, e.find("cbc:InvoicedQuantity", NS).get("unitCode"),
            Decimal(e.findtext("cbc:LineExtensionAmount", namespaces=NS))) for e in root.findall("cac:InvoiceLine", NS)}

    pec = lines(ET.fromstring(xml_of(world, test_set.documents["pec_with_extra"])))
    assert pec["EXT-LIVR"] == ("1", "C62", Decimal("25.00"))
    client = lines(ET.fromstring(xml_of(world, test_set.documents["beneficiary_extras"])))
    assert client == {"EXTJ-SIEGE": ("10", "DAY", Decimal("50.00"))}
