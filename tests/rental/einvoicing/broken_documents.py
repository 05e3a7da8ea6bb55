"""Deliberately broken variants of a valid e-invoice, each with the official rule ids the
EN 16931 and Peppol artefacts report for it (checked with tools/peppol_official_check.py,
see docs/einvoicing.md). Atelier's validator must report exactly these ids; the ids it
adds for the XML schema itself (UBL-ORDER…) are listed separately."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

NS = {"cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
      "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"}
LINE = "cac:InvoiceLine"


def _set(path: str, value: str) -> Callable[[ET.Element], None]:
    def change(root: ET.Element) -> None:
        root.find(path, NS).text = value
    return change


def _remove(parent_path: str, child_path: str) -> Callable[[ET.Element], None]:
    def change(root: ET.Element) -> None:
        parent = root.find(parent_path, NS) if parent_path != "." else root
        parent.remove(parent.find(child_path, NS))
    return change


def _add_amount(path: str, delta: str) -> Callable[[ET.Element], None]:
    from decimal import Decimal

    def change(root: ET.Element) -> None:
        element = root.find(path, NS)
        element.text = f"{Decimal(element.text) + Decimal(delta):.2f}"
    return change


def _attribute(path: str, name: str, value: str) -> Callable[[ET.Element], None]:
    def change(root: ET.Element) -> None:
        root.find(path, NS).set(name, value)
    return change


def _second_note(root: ET.Element) -> None:
    note = root.find("cbc:Note", NS)
    copy = ET.Element(note.tag)
    copy.text = "deuxième note"
    root.insert(list(root).index(note) + 1, copy)


def _swap_first_two_parties(root: ET.Element) -> None:
    supplier = root.find("cac:AccountingSupplierParty", NS)
    customer = root.find("cac:AccountingCustomerParty", NS)
    index = list(root).index(supplier)
    root.remove(customer)
    root.insert(index, customer)


BUYER = "cac:AccountingCustomerParty/cac:Party"
# name: (change, official rule ids, Atelier's extra structure ids)
BROKEN: dict[str, tuple[Callable[[ET.Element], None], set[str], set[str]]] = {
    "payable_amount": (_add_amount("cac:LegalMonetaryTotal/cbc:PayableAmount", "10"), {"BR-CO-16"}, set()),
    "line_amount": (_add_amount(f"{LINE}/cbc:LineExtensionAmount", "10"),
                    {"BR-CO-10", "PEPPOL-EN16931-R120", "BR-S-08"}, set()),
    "vat_breakdown": (_add_amount("cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount", "5"),
                      {"BR-CO-14", "BR-CO-17", "BR-S-09"}, set()),
    "no_buyer_reference": (_remove(".", "cbc:BuyerReference"), {"PEPPOL-EN16931-R003"}, set()),
    "no_buyer_endpoint": (_remove(BUYER, "cbc:EndpointID"), {"PEPPOL-EN16931-R010"}, {"UBL-CARDINALITY"}),
    "bad_enterprise_number": (_set(f"{BUYER}/cbc:EndpointID", "0457247905"), {"PEPPOL-COMMON-R043"}, set()),
    "bad_process": (_set("cbc:ProfileID", "urn:fdc:peppol.eu:2017:poacc:billing:1:1.0"), {"PEPPOL-EN16931-R007"},
                    set()),
    "bad_unit": (_attribute(f"{LINE}/cbc:InvoicedQuantity", "unitCode", "DAYS"), {"BR-CL-23"}, set()),
    "bad_currency": (_set("cbc:DocumentCurrencyCode", "EUX"),
                     {"BR-CL-04", "BR-CO-15", "PEPPOL-EN16931-R051"}, set()),
    "bad_amount_currency": (_attribute("cac:LegalMonetaryTotal/cbc:PayableAmount", "currencyID", "EUX"),
                            {"BR-CL-03", "PEPPOL-EN16931-CL007", "PEPPOL-EN16931-R051"}, set()),
    "two_notes": (_second_note, {"PEPPOL-EN16931-R002"}, set()),
    "empty_element": (_set(f"{BUYER}/cac:PostalAddress/cbc:CityName", ""), {"PEPPOL-EN16931-R008"}, set()),
    "negative_price": (_set(f"{LINE}/cac:Price/cbc:PriceAmount", "-225"), {"BR-27", "PEPPOL-EN16931-R120"}, set()),
    "no_iban": (_remove("cac:PaymentMeans", "cac:PayeeFinancialAccount"), {"BR-61"}, set()),
    "bad_country": (_set(f"{BUYER}/cac:PostalAddress/cac:Country/cbc:IdentificationCode", "XX"), {"BR-CL-14"}, set()),
    "bad_date": (_set("cbc:DueDate", "2026-13-01"), {"PEPPOL-EN16931-F001"}, set()),
    "bad_vat_prefix": (_set(f"{BUYER}/cac:PartyTaxScheme/cbc:CompanyID", "0457247904"), {"BR-CO-09"}, set()),
    "parties_swapped": (_swap_first_two_parties, set(), {"UBL-ORDER"}),
}


def broken(xml: bytes, name: str) -> bytes:
    """``xml`` with the change ``name`` applied."""
    root = ET.fromstring(xml)
    BROKEN[name][0](root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)
