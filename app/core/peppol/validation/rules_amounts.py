"""Rules on lines, allowances, totals and payment (EN 16931 BR-12…BR-15, BR-21…BR-27,
BR-31…BR-33, BR-49, BR-50, BR-61, BR-CO-04, BR-CO-10…BR-CO-16, BR-CO-21, BR-DEC-*,
BR-CL-16, BR-CL-19, BR-CL-23, BR-CL-24; Peppol R040…R043, R120, R121, R130, CL001, CL002).

Sums are compared exactly, as the official rules do after rounding to the cent."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal

from app.core.peppol.code_lists import ALLOWANCE_REASONS, MIME_CODES, PAYMENT_MEANS, UNITS
from app.core.peppol.validation.document import UblDocument, decimals_of, finding, rule
from app.core.peppol.validation.findings import Finding
from app.core.peppol.validation.structure import AMOUNTS, local

CENT = Decimal("0.01")
TOTALS = "cac:LegalMonetaryTotal"
# BR-DEC rule of each amount with at most two decimals, by element (and parent) name.
DEC_RULES = {("AllowanceCharge", "Amount"): "BR-DEC-01", ("AllowanceCharge", "BaseAmount"): "BR-DEC-02",
             ("LegalMonetaryTotal", "LineExtensionAmount"): "BR-DEC-09",
             ("LegalMonetaryTotal", "AllowanceTotalAmount"): "BR-DEC-10",
             ("LegalMonetaryTotal", "ChargeTotalAmount"): "BR-DEC-11",
             ("LegalMonetaryTotal", "TaxExclusiveAmount"): "BR-DEC-12",
             ("TaxTotal", "TaxAmount"): "BR-DEC-13", ("LegalMonetaryTotal", "TaxInclusiveAmount"): "BR-DEC-14",
             ("LegalMonetaryTotal", "PrepaidAmount"): "BR-DEC-16",
             ("LegalMonetaryTotal", "PayableRoundingAmount"): "BR-DEC-17",
             ("LegalMonetaryTotal", "PayableAmount"): "BR-DEC-18", ("TaxSubtotal", "TaxableAmount"): "BR-DEC-19",
             ("TaxSubtotal", "TaxAmount"): "BR-DEC-20", ("InvoiceLine", "LineExtensionAmount"): "BR-DEC-23",
             ("CreditNoteLine", "LineExtensionAmount"): "BR-DEC-23"}


def cents(value: Decimal) -> Decimal:
    """Rounded to the cent, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _sum(values: Iterable[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), Decimal(0))


@rule
def amounts_are_numbers(d: UblDocument) -> Iterator[Finding]:
    """BR-DEC-*: amounts with at most two decimals; UBL-XML: an amount that is no number."""
    parents = {child: parent for parent in d.root.iter() for child in parent}
    for element in d.root.iter():
        name = local(element.tag)
        if name not in AMOUNTS:
            continue
        text = (element.text or "").strip()
        try:
            Decimal(text)
        except ArithmeticError:
            yield finding("UBL-XML", f"montant {name} illisible : {text!r}")
            continue
        parent = local(parents[element].tag) if element in parents else ""
        dec_rule = DEC_RULES.get((parent, name))
        if dec_rule and decimals_of(text) > 2:
            yield finding(dec_rule, f"The allowed maximum number of decimals for {name} is 2.", f"{parent}/{name}")


@rule
def totals(d: UblDocument) -> Iterator[Finding]:
    """BR-12…BR-15 and BR-CO-10, 11, 13, 15, 16."""
    t = d.one(TOTALS)
    if t is None:
        return
    values = {name: d.number(f"cbc:{name}", t) for name in (
        "LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "AllowanceTotalAmount",
        "ChargeTotalAmount", "PrepaidAmount", "PayableRoundingAmount", "PayableAmount")}
    for rule_id, name, text in (("BR-12", "LineExtensionAmount", "the Sum of Invoice line net amount (BT-106)"),
                                ("BR-13", "TaxExclusiveAmount", "the Invoice total amount without VAT (BT-109)"),
                                ("BR-14", "TaxInclusiveAmount", "the Invoice total amount with VAT (BT-112)"),
                                ("BR-15", "PayableAmount", "the Amount due for payment (BT-115)")):
        if values[name] is None:
            yield finding(rule_id, f"An Invoice shall have {text}.", f"/{TOTALS}")
    lines = _sum(d.number("cbc:LineExtensionAmount", line) for line in d.lines())
    if values["LineExtensionAmount"] is not None and values["LineExtensionAmount"] != cents(lines):
        yield finding("BR-CO-10", "Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).",
                      f"/{TOTALS}/cbc:LineExtensionAmount")
    allowances = _sum(d.number("cbc:Amount", a) for a in d.allowances())
    charges = _sum(d.number("cbc:Amount", c) for c in d.allowances(charge=True))
    if values["AllowanceTotalAmount"] is not None and values["AllowanceTotalAmount"] != cents(allowances):
        yield finding("BR-CO-11", "Sum of allowances on document level (BT-107) = Σ Document level allowance amount "
                                  "(BT-92).", f"/{TOTALS}/cbc:AllowanceTotalAmount")
    if values["ChargeTotalAmount"] is not None and values["ChargeTotalAmount"] != cents(charges):
        yield finding("BR-CO-12", "Sum of charges on document level (BT-108) = Σ Document level charge amount "
                                  "(BT-99).", f"/{TOTALS}/cbc:ChargeTotalAmount")
    line_total, without_vat = values["LineExtensionAmount"], values["TaxExclusiveAmount"]
    if line_total is not None and without_vat is not None:
        expected = cents(line_total - (values["AllowanceTotalAmount"] or 0) + (values["ChargeTotalAmount"] or 0))
        if without_vat != expected:
            yield finding("BR-CO-13", "Invoice total amount without VAT (BT-109) = Σ Invoice line net amount (BT-131) "
                                      "- Sum of allowances on document level (BT-107) + Sum of charges on document "
                                      "level (BT-108).", f"/{TOTALS}/cbc:TaxExclusiveAmount")
    # The VAT total in the document's currency: exactly one, and incl. = excl. + VAT.
    currency = d.text("cbc:DocumentCurrencyCode")
    vat = [d.number("cbc:TaxAmount", total) for total in d.all("cac:TaxTotal")
           if (tax_amount := d.one("cbc:TaxAmount", total)) is not None and tax_amount.get("currencyID") == currency]
    with_vat, vat_total = values["TaxInclusiveAmount"], vat[0] if len(vat) == 1 else None
    if with_vat is None or without_vat is None or vat_total is None or with_vat != cents(without_vat + vat_total):
        yield finding("BR-CO-15", "Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) "
                                  "+ Invoice total VAT amount (BT-110).", f"/{TOTALS}/cbc:TaxInclusiveAmount")
    payable = values["PayableAmount"]
    if payable is not None and with_vat is not None:
        expected = cents(with_vat - (values["PrepaidAmount"] or 0) + (values["PayableRoundingAmount"] or 0))
        if payable != expected:
            yield finding("BR-CO-16", "Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) -Paid "
                                      "amount (BT-113) +Rounding amount (BT-114).", f"/{TOTALS}/cbc:PayableAmount")


@rule
def lines(d: UblDocument) -> Iterator[Finding]:
    """BR-21…BR-27, BR-CO-04, BR-CL-23 and PEPPOL-EN16931-R120, R121, R130."""
    for line in d.lines():
        where = f"/{d.line_tag}[{d.text('cbc:ID', line)}]"
        quantity_element = d.one(d.quantity_tag, line)
        quantity, amount = d.number(d.quantity_tag, line), d.number("cbc:LineExtensionAmount", line)
        price, base = d.number("cac:Price/cbc:PriceAmount", line), d.number("cac:Price/cbc:BaseQuantity", line)
        for rule_id, missing, text in (
                ("BR-21", not d.text("cbc:ID", line), "shall have an Invoice line identifier (BT-126)."),
                ("BR-22", quantity_element is None, "shall have an Invoiced quantity (BT-129)."),
                ("BR-24", amount is None, "shall have an Invoice line net amount (BT-131)."),
                ("BR-25", not d.text("cac:Item/cbc:Name", line), "shall contain the Item name (BT-153)."),
                ("BR-26", price is None, "shall contain the Item net price (BT-146)."),
                ("BR-CO-04", not d.text("cac:Item/cac:ClassifiedTaxCategory/cbc:ID", line),
                 "shall be categorized with an Invoiced item VAT category code (BT-151).")):
            if missing:
                yield finding(rule_id, f"Each Invoice line (BG-25) {text}", where)
        unit = quantity_element.get("unitCode") if quantity_element is not None else None
        if unit and unit not in UNITS:
            yield finding("BR-CL-23", "Unit code MUST be coded according to the UN/ECE Recommendation 20 with Rec 21 "
                                      "extension", where)
        base_element = d.one("cac:Price/cbc:BaseQuantity", line)
        if base_element is not None and base_element.get("unitCode") and unit and base_element.get("unitCode") != unit:
            yield finding("PEPPOL-EN16931-R130", "Unit code of price base quantity MUST be same as invoiced quantity.",
                          where)
        if price is not None and price < 0:
            yield finding("BR-27", "The Item net price (BT-146) shall NOT be negative.", where)
        if base is not None and base <= 0:
            yield finding("PEPPOL-EN16931-R121", "Base quantity MUST be a positive number above zero.", where)
            continue
        if quantity is None or amount is None or price is None:
            continue
        line_charges = _sum(d.number("cbc:Amount", c) for c in d.all("cac:AllowanceCharge", line)
                            if d.text("cbc:ChargeIndicator", c) == "true")
        line_allowances = _sum(d.number("cbc:Amount", c) for c in d.all("cac:AllowanceCharge", line)
                               if d.text("cbc:ChargeIndicator", c) == "false")
        expected = quantity * price / (base or 1) + line_charges - line_allowances
        if amount != cents(expected):
            yield finding("PEPPOL-EN16931-R120", "Invoice line net amount MUST equal (Invoiced quantity * (Item net "
                                                 "price/item price base quantity) + Sum of invoice line charge amount "
                                                 "- sum of invoice line allowance amount", where)


@rule
def allowances(d: UblDocument) -> Iterator[Finding]:
    """BR-31, BR-32, BR-33 / BR-CO-21, BR-CL-19, PEPPOL-EN16931-R040…R043, CL002."""
    for node in d.all("cac:AllowanceCharge"):
        indicator = d.text("cbc:ChargeIndicator", node)
        if indicator not in ("true", "false"):
            yield finding("PEPPOL-EN16931-R043", "Allowance/charge ChargeIndicator value MUST equal 'true' or 'false'",
                          "/cac:AllowanceCharge")
            continue
        if indicator == "true":
            continue
        amount, base = d.number("cbc:Amount", node), d.number("cbc:BaseAmount", node)
        percent = d.number("cbc:MultiplierFactorNumeric", node)
        if amount is None:
            yield finding("BR-31", "Each Document level allowance (BG-20) shall have a Document level allowance amount "
                                   "(BT-92).", "/cac:AllowanceCharge")
        if not d.text("cac:TaxCategory/cbc:ID", node):
            yield finding("BR-32", "Each Document level allowance (BG-20) shall have a Document level allowance VAT "
                                   "category code (BT-95).", "/cac:AllowanceCharge")
        code, reason = d.text("cbc:AllowanceChargeReasonCode", node), d.text("cbc:AllowanceChargeReason", node)
        if not code and not reason:
            for rule_id in ("BR-33", "BR-CO-21"):
                yield finding(rule_id, "Each Document level allowance (BG-20) shall have a Document level allowance "
                                       "reason (BT-97) or a Document level allowance reason code (BT-98).",
                              "/cac:AllowanceCharge")
        if code and code not in ALLOWANCE_REASONS:
            yield finding("BR-CL-19", "Coded allowance reasons MUST belong to the UNCL 5189 code list",
                          "/cac:AllowanceCharge")
            yield finding("PEPPOL-EN16931-CL002", "Reason code MUST be according to subset of UNCL 5189 D.16B.",
                          "/cac:AllowanceCharge")
        if (percent is None) != (base is None):
            yield finding("PEPPOL-EN16931-R041" if percent is not None else "PEPPOL-EN16931-R042",
                          "Allowance/charge base amount MUST be provided when allowance/charge percentage is provided."
                          if percent is not None else "Allowance/charge percentage MUST be provided when "
                          "allowance/charge base amount is provided.", "/cac:AllowanceCharge")
        elif percent is not None and base is not None and amount is not None and amount != cents(base * percent / 100):
            yield finding("PEPPOL-EN16931-R040", "Allowance/charge amount must equal base amount * percentage/100 if "
                                                 "base amount and percentage exists", "/cac:AllowanceCharge")


@rule
def payment(d: UblDocument) -> Iterator[Finding]:
    """BR-49, BR-50, BR-61, BR-CL-16, BR-CL-24 and PEPPOL-EN16931-CL001."""
    for means in d.all("cac:PaymentMeans"):
        code = d.text("cbc:PaymentMeansCode", means)
        if not code:
            yield finding("BR-49", "A Payment instruction (BG-16) shall specify the Payment means type code (BT-81).",
                          "/cac:PaymentMeans")
        elif code not in PAYMENT_MEANS:
            yield finding("BR-CL-16", "Payment means in an invoice MUST be coded using UNCL4461 code list",
                          "/cac:PaymentMeans")
        account = d.one("cac:PayeeFinancialAccount", means)
        if account is not None and not d.text("cbc:ID", account):
            yield finding("BR-50", "A Payment account identifier (BT-84) shall be present if Credit transfer (BG-17) "
                                   "information is provided in the Invoice.", "/cac:PaymentMeans")
        if code in ("30", "58") and not d.text("cac:PayeeFinancialAccount/cbc:ID", means):
            yield finding("BR-61", "If the Payment means type code (BT-81) means SEPA credit transfer, Local credit "
                                   "transfer or Non-SEPA international credit transfer, the Payment account identifier "
                                   "(BT-84) shall be present.", "/cac:PaymentMeans")
    for attachment in d.all(".//cbc:EmbeddedDocumentBinaryObject"):
        mime = attachment.get("mimeCode")
        if mime and mime not in MIME_CODES:
            yield finding("BR-CL-24", "For Mime code in attribute use MIMEMediaType.",
                          "/cac:AdditionalDocumentReference")
            yield finding("PEPPOL-EN16931-CL001", "Mime code must be according to subset of IANA code list.",
                          "/cac:AdditionalDocumentReference")
