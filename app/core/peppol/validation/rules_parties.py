"""Rules on seller and buyer: names, addresses, countries, VAT and legal identifiers and
electronic addresses (EN 16931 BR-06…BR-11, BR-62, BR-63, BR-CO-09, BR-CO-26, BR-CL-10,
BR-CL-11, BR-CL-14, BR-CL-25; Peppol R010, R020, CL008, COMMON-R043)."""

from __future__ import annotations

from collections.abc import Iterator

from app.core.peppol.code_lists import COUNTRIES, EAS, ICD
from app.core.peppol.validation.document import UblDocument, finding, rule
from app.core.peppol.validation.findings import Finding

SELLER = "cac:AccountingSupplierParty/cac:Party"
BUYER = "cac:AccountingCustomerParty/cac:Party"


@rule
def names_and_addresses(d: UblDocument) -> Iterator[Finding]:
    """BR-06, BR-07, BR-08, BR-09, BR-10, BR-11."""
    if not d.text(f"{SELLER}/cac:PartyLegalEntity/cbc:RegistrationName"):
        yield finding("BR-06", "An Invoice shall contain the Seller name (BT-27).", f"/{SELLER}")
    if not d.text(f"{BUYER}/cac:PartyLegalEntity/cbc:RegistrationName"):
        yield finding("BR-07", "An Invoice shall contain the Buyer name (BT-44).", f"/{BUYER}")
    if d.one(f"{SELLER}/cac:PostalAddress") is None:
        yield finding("BR-08", "An Invoice shall contain the Seller postal address.", f"/{SELLER}")
    elif not d.text(f"{SELLER}/cac:PostalAddress/cac:Country/cbc:IdentificationCode"):
        yield finding("BR-09", "The Seller postal address (BG-5) shall contain a Seller country code (BT-40).",
                      f"/{SELLER}/cac:PostalAddress")
    if d.one(f"{BUYER}/cac:PostalAddress") is None:
        yield finding("BR-10", "An Invoice shall contain the Buyer postal address (BG-8).", f"/{BUYER}")
    elif not d.text(f"{BUYER}/cac:PostalAddress/cac:Country/cbc:IdentificationCode"):
        yield finding("BR-11", "The Buyer postal address shall contain a Buyer country code (BT-55).",
                      f"/{BUYER}/cac:PostalAddress")
    for country in d.root.iter():
        if country.tag.endswith("}Country"):
            code = d.text("cbc:IdentificationCode", country)
            if code and code not in COUNTRIES:
                yield finding("BR-CL-14", "Country codes in an invoice MUST be coded using ISO code list 3166-1")


@rule
def electronic_addresses(d: UblDocument) -> Iterator[Finding]:
    """PEPPOL-EN16931-R020 / R010, BR-62 / BR-63, BR-CL-25 and PEPPOL-EN16931-CL008."""
    for party, required, scheme_rule, label in ((SELLER, "PEPPOL-EN16931-R020", "BR-62", "Seller"),
                                                 (BUYER, "PEPPOL-EN16931-R010", "BR-63", "Buyer")):
        endpoint = d.one(f"{party}/cbc:EndpointID")
        if endpoint is None or not (endpoint.text or "").strip():
            yield finding(required, f"{label} electronic address MUST be provided", f"/{party}")
            continue
        scheme = endpoint.get("schemeID")
        if not scheme:
            yield finding(scheme_rule, f"The {label} electronic address (BT-{34 if label == 'Seller' else 49}) shall "
                                       "have a Scheme identifier.", f"/{party}/cbc:EndpointID")
        elif scheme not in EAS:
            yield finding("BR-CL-25", "Endpoint identifier scheme identifier MUST belong to the CEF EAS code list",
                          f"/{party}/cbc:EndpointID")
            yield finding("PEPPOL-EN16931-CL008", "Electronic address identifier scheme must be from the codelist "
                                                  "\"Electronic Address Identifier Scheme\"",
                          f"/{party}/cbc:EndpointID")


@rule
def identifiers(d: UblDocument) -> Iterator[Finding]:
    """BR-CO-09 (VAT prefix), BR-CO-26 (seller identified), BR-CL-10 / BR-CL-11 (ICD schemes),
    PEPPOL-COMMON-R043 (Belgian enterprise number, scheme 0208)."""
    for party in (SELLER, BUYER):
        for tax_scheme in d.all(f"{party}/cac:PartyTaxScheme"):
            if d.text("cac:TaxScheme/cbc:ID", tax_scheme).upper() == "VAT":
                vat = d.text("cbc:CompanyID", tax_scheme)
                prefix = vat[:2]
                if not (prefix in COUNTRIES or prefix in ("EL", "1A", "XI")) or not prefix.isalpha():
                    yield finding("BR-CO-09", "The Seller VAT identifier (BT-31), the Seller tax representative VAT "
                                              "identifier (BT-63) and the Buyer VAT identifier (BT-48) shall have a "
                                              "prefix in accordance with ISO code ISO 3166-1 alpha-2 by which the "
                                              "country of issue may be identified.", f"/{party}/cac:PartyTaxScheme")
    seller_ids = (d.all(f"{SELLER}/cac:PartyTaxScheme/cbc:CompanyID")
                  + d.all(f"{SELLER}/cac:PartyIdentification/cbc:ID")
                  + d.all(f"{SELLER}/cac:PartyLegalEntity/cbc:CompanyID"))
    if not seller_ids:
        yield finding("BR-CO-26", "In order for the buyer to automatically identify a supplier, the Seller identifier "
                                  "(BT-29), the Seller legal registration identifier (BT-30) and/or the Seller VAT "
                                  "identifier (BT-31) shall be present.", f"/{SELLER}")
    for element in d.all(".//cac:PartyIdentification/cbc:ID"):
        scheme = element.get("schemeID")
        if scheme and scheme != "SEPA" and scheme not in ICD:
            yield finding("BR-CL-10", "Any identifier identification scheme identifier MUST be coded using one of the "
                                      "ISO 6523 ICD list.")
    for element in d.all(".//cac:PartyLegalEntity/cbc:CompanyID"):
        scheme = element.get("schemeID")
        if scheme and scheme not in ICD:
            yield finding("BR-CL-11", "Any registration identifier identification scheme identifier MUST be coded "
                                      "using one of the ISO 6523 ICD list.")
    for element in d.root.iter():
        if element.get("schemeID") == "0208" and not _enterprise_number(element.text or ""):
            yield finding("PEPPOL-COMMON-R043", "Belgian enterprise number MUST be stated in the correct format.")


def _enterprise_number(text: str) -> bool:
    """Ten digits whose last two are 97 - (first eight mod 97)."""
    value = text.strip()
    return len(value) == 10 and value.isdigit() and 97 - int(value[:8]) % 97 == int(value[8:])
