"""Bill-split rules a PEC agreement can carry, beyond "the PEC pays its covered days".

Applied by :func:`app.core.rental.pricing.price_dossier` after every line is priced, in
this order (docs/decisions/rental-bill-split.md):

1. **Insurer percentage** ``p`` (agreement): the assistance pays ``p`` % of the covered
   rental (its forfait, extra days and discount), rounded half-up to the cent; the
   beneficiary pays the rest.
2. **Daily cap** ``c`` (the authorisation's, else the agreement's): the assistance pays at
   most ``c`` × the days billed to it; the beneficiary pays the difference.
3. **VAT to the client** (non-deductible cases: the assistance does not bear the VAT of
   its share): every line of the assistance is invoiced without VAT (0 %), and the
   beneficiary's invoice carries the VAT on that share — the share as a taxable line at
   the site's rate and the same amount deducted at 0 % ("invoiced to the assistance"), so
   the two invoices together show the supply's base once and its VAT once.

Each transfer is a pair of lines (minus on the assistance's side, plus on the
beneficiary's), quantity 1, so every ``amount = quantity × unit price`` and the two
invoices add up to the contract's price.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.core.i18n import Message, msg
from app.core.rental.kinds import PayerRole
from app.core.rental.pricing_lines import HUNDRED, PriceLine, SplitTerms, format_pct, money

RENTAL_CODES = ("PEC-LOC", "PEC-JSUP", "PEC-REM")
ZERO = Decimal("0.00")


def _pair(code: str, amount: Decimal, pec_label: Message, client_label: Message, reason: Message) -> list[PriceLine]:
    return [PriceLine(PayerRole.PEC, f"{code}-PEC", pec_label, Decimal(1), -amount, -amount, reason),
            PriceLine(PayerRole.CLIENT, code, client_label, Decimal(1), amount, amount, reason)]


def split_lines(lines: list[PriceLine], terms: SplitTerms, billed_days: int, vat_rate: Decimal) -> list[PriceLine]:
    """``lines`` with the agreement's split applied (unchanged when it carries no rule)."""
    rental = sum((line.amount for line in lines if line.payer == PayerRole.PEC and line.code in RENTAL_CODES), ZERO)
    result = list(lines)
    share = rental
    if terms.insurer_pct < HUNDRED and rental > 0:
        part = rental - money(rental * terms.insurer_pct / HUNDRED)
        share -= part
        rest = format_pct(HUNDRED - terms.insurer_pct)
        result += _pair("PART", part,
                        msg("rental", "Part du bénéficiaire : {pct} % de la location", pct=rest),
                        msg("rental", "Location : part non prise en charge ({pct} %)", pct=rest),
                        msg("rental", "l'accord {agreement} prend en charge {pct} % de la location de {base} € HTVA",
                            agreement=terms.agreement, pct=format_pct(terms.insurer_pct), base=rental))
    if terms.daily_cap is not None and billed_days > 0:
        limit = money(terms.daily_cap * billed_days)
        if share > limit:
            excess = share - limit
            result += _pair("PLAF", excess,
                            msg("rental", "Plafond de l'assistance : {cap} € × {days} jour(s)", cap=terms.daily_cap,
                                days=billed_days),
                            msg("rental", "Location : dépassement du plafond journalier de l'assistance"),
                            msg("rental", "l'assistance paie au plus {cap} € HTVA par jour couvert, soit {limit} € "
                                          "pour {days} jour(s), sur {share} €", cap=terms.daily_cap, limit=limit,
                                days=billed_days, share=share))
    if terms.vat_to_client and vat_rate > 0:
        result = [replace(line, vat_rate=Decimal(0)) if line.payer == PayerRole.PEC else line for line in result]
        insured = sum((line.amount for line in result if line.payer == PayerRole.PEC), ZERO)
        if insured > 0:
            reason = msg("rental", "TVA non déductible par l'assistance : la TVA sur sa part ({share} € HTVA) est "
                                   "à charge du bénéficiaire", share=insured)
            result += [
                PriceLine(PayerRole.CLIENT, "TVA-PEC",
                          msg("rental", "Part de l'assistance : base de la TVA à votre charge"),
                          Decimal(1), insured, insured, reason),
                PriceLine(PayerRole.CLIENT, "PEC-HTVA", msg("rental", "Part de l'assistance : facturée à l'assistance "
                                                                  "hors TVA"),
                          Decimal(1), -insured, -insured, reason, vat_rate=Decimal(0)),
            ]
    return result
