"""The UBL 2.1 structure Peppol BIS Billing 3.0 allows: for each aggregate, its children in
schema order with their cardinality. An element outside the tree, out of order, missing
or repeated too often is reported, as are empty elements (PEPPOL-EN16931-R008) and the
attributes the schemas require (currencyID, unitCode, schemeID of endpoints, mimeCode).

The tree is written as indented lines ``prefix:Name card`` (card ``1``, ``?``, ``*``, ``+``
or ``n..m``); ``&Name`` inserts the block ``Name`` defined in ``_BLOCKS``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from app.core.peppol.validation.findings import Finding

CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
PREFIXES = {"cbc": CBC, "cac": CAC}
AMOUNTS = {"Amount", "BaseAmount", "TaxAmount", "TaxableAmount", "LineExtensionAmount", "TaxExclusiveAmount",
           "TaxInclusiveAmount", "AllowanceTotalAmount", "ChargeTotalAmount", "PrepaidAmount",
           "PayableRoundingAmount", "PayableAmount", "PriceAmount"}
QUANTITIES = {"InvoicedQuantity", "CreditedQuantity", "BaseQuantity"}

_BLOCKS = {
    "Address": """
cbc:StreetName ?
cbc:AdditionalStreetName ?
cbc:CityName ?
cbc:PostalZone ?
cbc:CountrySubentity ?
cac:AddressLine ?
  cbc:Line 1
cac:Country 1
  cbc:IdentificationCode 1
""",
    "TaxScheme": """
cac:TaxScheme 1
  cbc:ID 1
""",
    "TaxCategory": """
cbc:ID 1
cbc:Percent ?
cbc:TaxExemptionReasonCode ?
cbc:TaxExemptionReason ?
&TaxScheme
""",
    "Contact": """
cac:Contact ?
  cbc:Name ?
  cbc:Telephone ?
  cbc:ElectronicMail ?
""",
    "Head": """
cbc:CustomizationID 1
cbc:ProfileID 1
cbc:ID 1
cbc:IssueDate 1
""",
    "Period": """
cac:InvoicePeriod ?
  cbc:StartDate ?
  cbc:EndDate ?
  cbc:DescriptionCode ?
""",
    "OrderBilling": """
cac:OrderReference ?
  cbc:ID 1
  cbc:SalesOrderID ?
cac:BillingReference *
  cac:InvoiceDocumentReference 1
    cbc:ID 1
    cbc:IssueDate ?
cac:DespatchDocumentReference ?
  cbc:ID 1
cac:ReceiptDocumentReference ?
  cbc:ID 1
""",
    "Additional": """
cac:AdditionalDocumentReference *
  cbc:ID 1
  cbc:DocumentTypeCode ?
  cbc:DocumentDescription ?
  cac:Attachment ?
    cbc:EmbeddedDocumentBinaryObject ?
    cac:ExternalReference ?
      cbc:URI 1
""",
    "Parties": """
cac:AccountingSupplierParty 1
  cac:Party 1
    cbc:EndpointID 1
    cac:PartyIdentification *
      cbc:ID 1
    cac:PartyName ?
      cbc:Name 1
    cac:PostalAddress 1
      &Address
    cac:PartyTaxScheme 0..2
      cbc:CompanyID 1
      &TaxScheme
    cac:PartyLegalEntity 1
      cbc:RegistrationName 1
      cbc:CompanyID ?
      cbc:CompanyLegalForm ?
    &Contact
cac:AccountingCustomerParty 1
  cac:Party 1
    cbc:EndpointID 1
    cac:PartyIdentification ?
      cbc:ID 1
    cac:PartyName ?
      cbc:Name 1
    cac:PostalAddress 1
      &Address
    cac:PartyTaxScheme ?
      cbc:CompanyID 1
      &TaxScheme
    cac:PartyLegalEntity 1
      cbc:RegistrationName 1
      cbc:CompanyID ?
    &Contact
cac:PayeeParty ?
  cac:PartyIdentification ?
    cbc:ID 1
  cac:PartyName 1
    cbc:Name 1
  cac:PartyLegalEntity ?
    cbc:CompanyID 1
cac:TaxRepresentativeParty ?
  cac:PartyName 1
    cbc:Name 1
  cac:PostalAddress 1
    &Address
  cac:PartyTaxScheme 1
    cbc:CompanyID 1
    &TaxScheme
cac:Delivery ?
  cbc:ActualDeliveryDate ?
  cac:DeliveryLocation ?
    cbc:ID ?
    cac:Address ?
      &Address
  cac:DeliveryParty ?
    cac:PartyName 1
      cbc:Name 1
""",
    "Payment": """
  cbc:PaymentID ?
  cac:CardAccount ?
    cbc:PrimaryAccountNumberID 1
    cbc:NetworkID 1
    cbc:HolderName ?
  cac:PayeeFinancialAccount ?
    cbc:ID 1
    cbc:Name ?
    cac:FinancialInstitutionBranch ?
      cbc:ID 1
  cac:PaymentMandate ?
    cbc:ID ?
    cac:PayerFinancialAccount ?
      cbc:ID 1
cac:PaymentTerms ?
  cbc:Note 1
""",
    "AllowanceCharge": """
cac:AllowanceCharge *
  cbc:ChargeIndicator 1
  cbc:AllowanceChargeReasonCode ?
  cbc:AllowanceChargeReason ?
  cbc:MultiplierFactorNumeric ?
  cbc:Amount 1
  cbc:BaseAmount ?
  cac:TaxCategory 1
    &TaxCategory
""",
    "Totals": """
cac:TaxTotal 1..2
  cbc:TaxAmount 1
  cac:TaxSubtotal *
    cbc:TaxableAmount 1
    cbc:TaxAmount 1
    cac:TaxCategory 1
      &TaxCategory
cac:LegalMonetaryTotal 1
  cbc:LineExtensionAmount 1
  cbc:TaxExclusiveAmount 1
  cbc:TaxInclusiveAmount 1
  cbc:AllowanceTotalAmount ?
  cbc:ChargeTotalAmount ?
  cbc:PrepaidAmount ?
  cbc:PayableRoundingAmount ?
  cbc:PayableAmount 1
""",
    "LineBody": """
  cbc:LineExtensionAmount 1
  cbc:AccountingCost ?
  cac:InvoicePeriod ?
    cbc:StartDate ?
    cbc:EndDate ?
  cac:OrderLineReference ?
    cbc:LineID 1
  cac:DocumentReference ?
    cbc:ID 1
    cbc:DocumentTypeCode 1
  cac:AllowanceCharge *
    cbc:ChargeIndicator 1
    cbc:AllowanceChargeReasonCode ?
    cbc:AllowanceChargeReason ?
    cbc:MultiplierFactorNumeric ?
    cbc:Amount 1
    cbc:BaseAmount ?
  cac:Item 1
    cbc:Description ?
    cbc:Name 1
    cac:BuyersItemIdentification ?
      cbc:ID 1
    cac:SellersItemIdentification ?
      cbc:ID 1
    cac:StandardItemIdentification ?
      cbc:ID 1
    cac:OriginCountry ?
      cbc:IdentificationCode 1
    cac:CommodityClassification *
      cbc:ItemClassificationCode 1
    cac:ClassifiedTaxCategory 1
      cbc:ID 1
      cbc:Percent ?
      &TaxScheme
    cac:AdditionalItemProperty *
      cbc:Name 1
      cbc:Value 1
  cac:Price 1
    cbc:PriceAmount 1
    cbc:BaseQuantity ?
    cac:AllowanceCharge ?
      cbc:ChargeIndicator 1
      cbc:Amount 1
      cbc:BaseAmount ?
""",
}

INVOICE_TREE = """
&Head
cbc:DueDate ?
cbc:InvoiceTypeCode 1
cbc:Note *
cbc:TaxPointDate ?
cbc:DocumentCurrencyCode 1
cbc:TaxCurrencyCode ?
cbc:AccountingCost ?
cbc:BuyerReference ?
&Period
&OrderBilling
cac:OriginatorDocumentReference ?
  cbc:ID 1
cac:ContractDocumentReference ?
  cbc:ID 1
&Additional
cac:ProjectReference ?
  cbc:ID 1
&Parties
cac:PaymentMeans *
  cbc:PaymentMeansCode 1
&Payment
&AllowanceCharge
&Totals
cac:InvoiceLine +
  cbc:ID 1
  cbc:Note ?
  cbc:InvoicedQuantity 1
&LineBody
"""

CREDIT_NOTE_TREE = """
&Head
cbc:TaxPointDate ?
cbc:CreditNoteTypeCode 1
cbc:Note *
cbc:DocumentCurrencyCode 1
cbc:TaxCurrencyCode ?
cbc:AccountingCost ?
cbc:BuyerReference ?
&Period
&OrderBilling
cac:ContractDocumentReference ?
  cbc:ID 1
&Additional
cac:OriginatorDocumentReference ?
  cbc:ID 1
&Parties
cac:PaymentMeans *
  cbc:PaymentMeansCode 1
  cbc:PaymentDueDate ?
&Payment
&AllowanceCharge
&Totals
cac:CreditNoteLine +
  cbc:ID 1
  cbc:Note ?
  cbc:CreditedQuantity 1
&LineBody
"""


@dataclass
class Node:
    """One allowed element: its qualified tag, cardinality and allowed children in order."""

    tag: str
    low: int
    high: int | None
    children: list[Node] = field(default_factory=list)


def _expand(text: str, indent: str = "") -> list[str]:
    lines = []
    for line in text.strip("\n").splitlines():
        stripped = line.strip()
        depth = line[:len(line) - len(line.lstrip())]
        if stripped.startswith("&"):
            lines += _expand(_BLOCKS[stripped[1:]], indent + depth)
        elif stripped:
            lines.append(indent + line)
    return lines


def _card(text: str) -> tuple[int, int | None]:
    return {"1": (1, 1), "?": (0, 1), "*": (0, None), "+": (1, None)}.get(text) or (
        int(text.split("..")[0]), None if text.split("..")[1] == "n" else int(text.split("..")[1]))


@cache
def tree(root_tag: str) -> Node:
    """The allowed tree under the document element ``root_tag`` (Invoice or CreditNote)."""
    root = Node(root_tag, 1, 1)
    stack: list[tuple[int, Node]] = [(-1, root)]
    for line in _expand(INVOICE_TREE if root_tag == "Invoice" else CREDIT_NOTE_TREE):
        depth = len(line) - len(line.lstrip())
        name, card = line.split()
        prefix, local = name.split(":")
        low, high = _card(card)
        node = Node(f"{{{PREFIXES[prefix]}}}{local}", low, high)
        while stack[-1][0] >= depth:
            stack.pop()
        stack[-1][1].children.append(node)
        stack.append((depth, node))
    return root


def local(tag: str) -> str:
    """``{ns}Name`` → ``Name``."""
    return tag.rsplit("}", 1)[-1]


def check_structure(root: ET.Element) -> Iterator[Finding]:
    """Every structure finding of the document element ``root`` and below."""
    yield from _check(root, tree(local(root.tag)), f"/{local(root.tag)}")


def _check(element: ET.Element, node: Node, path: str) -> Iterator[Finding]:
    allowed = {child.tag: position for position, child in enumerate(node.children)}
    counts: dict[str, int] = {}
    last = -1
    for child in element:
        if not isinstance(child.tag, str):
            continue
        child_path = f"{path}/{local(child.tag)}"
        position = allowed.get(child.tag)
        if position is None:
            yield Finding("UBL-STRUCTURE", "fatal", f"élément {local(child.tag)} non prévu par UBL 2.1 / BIS 3.0 "
                                                    f"sous {local(element.tag)}", child_path)
            continue
        if position < last:
            yield Finding("UBL-ORDER", "fatal", f"élément {local(child.tag)} hors de l'ordre du schéma UBL 2.1 "
                                                f"(après {local(node.children[last].tag)})", child_path)
        last = max(last, position)
        counts[child.tag] = counts.get(child.tag, 0) + 1
        yield from _leaf(child, child_path)
        yield from _check(child, node.children[position], child_path)
    for expected in node.children:
        found = counts.get(expected.tag, 0)
        if found < expected.low:
            yield Finding("UBL-CARDINALITY", "fatal", f"élément obligatoire {local(expected.tag)} absent",
                          f"{path}/{local(expected.tag)}")
        elif expected.high is not None and found > expected.high:
            yield Finding("UBL-CARDINALITY", "fatal", f"{local(expected.tag)} présent {found} fois "
                                                      f"({expected.high} au plus)", f"{path}/{local(expected.tag)}")


def _leaf(element: ET.Element, path: str) -> Iterator[Finding]:
    name = local(element.tag)
    has_children = any(isinstance(child.tag, str) for child in element)
    if not has_children and not (element.text or "").strip():
        yield Finding("PEPPOL-EN16931-R008", "fatal", "Document MUST not contain empty elements.", path)
    if name in AMOUNTS and not element.get("currencyID"):
        yield Finding("UBL-ATTRIBUTE", "fatal", "attribut currencyID obligatoire sur un montant", path)
    if name in QUANTITIES and not element.get("unitCode"):
        yield Finding("BR-23", "fatal", "An Invoice line (BG-25) shall have an Invoiced quantity unit of measure "
                                        "code (BT-130).", path)
    if name == "EmbeddedDocumentBinaryObject" and not element.get("mimeCode"):
        yield Finding("UBL-ATTRIBUTE", "fatal", "attribut mimeCode obligatoire sur une pièce jointe", path)

INVOICE_NS_ROOTS = {"{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice",
                    "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote"}
