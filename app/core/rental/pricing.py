"""Pricing of a dossier: who pays what, line by line, with exact decimal arithmetic.

:func:`price_dossier` is pure: it takes a :class:`PricingInput` (built from the database by
:func:`app.core.rental.pricing_input.load_pricing_input`, or by hand in tests) and returns
the PEC lines, the client lines and the totals. The dossier dialog's "Total contrat" and
the invoicing module use only this function.

Rules (see docs/decisions/rental-pricing.md):
- days: :func:`app.core.rental.day_count.count_days` on the actual dates when the car is
  back, the planned ones otherwise;
- a duration is priced at a tariff as the cheapest of its grid rows "forfait of N days +
  extra days at the row's extra-day price" (or the row the clerk forced);
- PEC: the assistance company pays the covered days (``base days`` if given, otherwise the
  rental days up to the PEC duration) at the PEC tariff, minus its discount; fuel when
  covered; the days beyond the PEC duration go to the client at the client tariff;
- the client pays extra km beyond the allowance (tariff km per day × days + PEC extra km),
  missing fuel (missing eighths × tank / 8 × fuel price, plus the refuelling fee),
  cleaning and damage;
- VAT per payer on the payer's total excl. VAT, rounded half-up to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.core.errors import ValidationError
from app.core.i18n import Message, msg
from app.core.rental.bill_split import split_lines
from app.core.rental.day_count import DEFAULT_GRACE_MINUTES, count_days, day_rule
from app.core.rental.extras import extra_lines
from app.core.rental.kinds import PayerRole
from app.core.rental.pricing_lines import HUNDRED, ExtraItem, PriceLine, SplitTerms, format_pct, money

EIGHTHS = Decimal(8)


@dataclass(frozen=True)
class TariffRate:
    """One grid row: ``price`` for ``days`` days of ``category``, excl. VAT."""

    category: str
    days: int
    price: Decimal
    extra_day_price: Decimal
    km_per_day: int | None = None
    extra_km_price: Decimal = Decimal("0")


@dataclass(frozen=True)
class TariffTerms:
    """A tariff as pricing needs it: its grid and its fees (all excl. VAT)."""

    id: int | None
    code: str
    name: str
    rates: tuple[TariffRate, ...]
    fuel_price_per_litre: Decimal = Decimal("0")
    refuelling_fee: Decimal = Decimal("0")
    cleaning_fee: Decimal = Decimal("0")

    def rates_for(self, category: str) -> list[TariffRate]:
        """The rows of ``category``, shortest duration first."""
        return sorted((r for r in self.rates if r.category == category), key=lambda r: r.days)


@dataclass(frozen=True)
class PricingInput:
    """Everything pricing needs about a dossier (no database, no ORM objects)."""

    planned_departure: datetime
    planned_return: datetime
    vehicle_category: str
    tank_litres: Decimal
    client_tariff: TariffTerms | None
    actual_departure: datetime | None = None
    actual_return: datetime | None = None
    grace_minutes: int = DEFAULT_GRACE_MINUTES
    vat_rate: Decimal = Decimal("21")
    is_pec: bool = False
    pec_days: int | None = None
    pec_category: str = ""
    pec_extra_km: int = 0
    pec_fuel_covered: bool = False
    pec_tariff: TariffTerms | None = None
    pec_tariff_category: str = ""
    pec_tariff_days: int | None = None
    pec_base_days: int | None = None
    pec_discount_pct: Decimal = Decimal("0")
    client_discount_pct: Decimal = Decimal("0")
    km_out: int | None = None
    km_in: int | None = None
    fuel_out: int | None = None
    fuel_in: int | None = None
    cleaning_required: bool = False
    damage_amount: Decimal | None = None
    damage_notes: str = ""
    pec_split: SplitTerms = SplitTerms()
    extras: tuple[ExtraItem, ...] = ()


@dataclass(frozen=True)
class PricingResult:
    """The priced dossier: lines of both payers and their totals."""

    lines: tuple[PriceLine, ...]
    pec_total_excl: Decimal
    pec_vat: Decimal
    pec_total_incl: Decimal
    client_total_excl: Decimal
    client_vat: Decimal
    client_total_incl: Decimal
    days: int
    day_rule: Message
    vat_rate: Decimal
    estimated: bool = False
    pec_billed_days: int = 0
    client_days: int = 0
    km_allowance: int | None = None
    km_driven: int | None = None
    warnings: tuple[Message, ...] = field(default_factory=tuple)

    def lines_of(self, payer: str) -> list[PriceLine]:
        """The lines one payer owes."""
        return [line for line in self.lines if line.payer == payer]

    def rate_of(self, line: PriceLine) -> Decimal:
        """The VAT rate of a line (the site's unless the line sets its own)."""
        return self.vat_rate if line.vat_rate is None else line.vat_rate

    def vat_breakdown(self, payer: str) -> list[tuple[Decimal, Decimal, Decimal]]:
        """(rate, base excl. VAT, VAT) per rate of one payer's lines, highest rate first."""
        return vat_breakdown(self.lines_of(payer), self.vat_rate)


def vat_breakdown(lines: Iterable[PriceLine], site_rate: Decimal) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(rate, base, VAT) per VAT rate of ``lines``: VAT on each rate's base, rounded half-up."""
    bases: dict[Decimal, Decimal] = {}
    for line in lines:
        rate = site_rate if line.vat_rate is None else line.vat_rate
        bases[rate] = bases.get(rate, Decimal("0.00")) + line.amount
    return [(rate, money(base), money(base * rate / HUNDRED)) for rate, base in sorted(bases.items(), reverse=True)]


def _line(payer: str, code: str, label: Message, quantity: Decimal, unit: Decimal, reason: Message) -> PriceLine:
    return PriceLine(payer, code, label, quantity, unit, money(quantity * unit), reason)


def choose_rate(terms: TariffTerms, category: str, days: int, forced_days: int | None = None) -> TariffRate:
    """The grid row pricing ``days`` days: the forced one, else the cheapest combination."""
    rates = terms.rates_for(category)
    if not rates:
        raise ValidationError("tariff",
                              msg("rental", "le tarif « {tariff} » n'a aucun prix pour la catégorie {category}",
                                  tariff=terms.name, category=category or "?"),
                              field_label=msg("rental", "Tarif"))
    if forced_days is not None:
        for rate in rates:
            if rate.days == forced_days:
                return rate
        raise ValidationError("tariff_days",
                              msg("rental", "le tarif « {tariff} » n'a pas de prix pour {days} jour(s) en "
                                            "catégorie {category}", tariff=terms.name, days=forced_days,
                                  category=category),
                              field_label=msg("rental", "Durée tarif"))
    return min(rates, key=lambda r: (r.price + max(0, days - r.days) * r.extra_day_price, abs(r.days - days)))


def rental_lines(payer: str, terms: TariffTerms, category: str, days: int, forced_days: int | None,
                 reason: Message, prefix: str = "") -> tuple[list[PriceLine], TariffRate]:
    """Lines of ``days`` rental days at ``terms``: the forfait and the days beyond it."""
    rate = choose_rate(terms, category, days, forced_days)
    lines = [_line(payer, f"{prefix}LOC", msg("rental", "Location catégorie {category} – forfait {days} jour(s) "
                                                         "– {tariff}", category=category, days=rate.days,
                                              tariff=terms.name), Decimal(1), rate.price, reason)]
    extra = days - rate.days
    if extra > 0:
        lines.append(_line(payer, f"{prefix}JSUP", msg("rental", "Jours au-delà du forfait de {days} jour(s)",
                                                       days=rate.days), Decimal(extra), rate.extra_day_price, reason))
    return lines, rate


def _discount(payer: str, lines: list[PriceLine], pct: Decimal, code: str) -> list[PriceLine]:
    if not pct:
        return []
    base = sum((line.amount for line in lines), Decimal(0))
    amount = -money(base * pct / HUNDRED)
    return [PriceLine(payer, code, msg("rental", "Remise {pct} %", pct=format_pct(pct)), Decimal(1), amount, amount,
                      msg("rental", "remise de {pct} % sur la location de {base} € HTVA", pct=format_pct(pct),
                          base=base))]


def _require(terms: TariffTerms | None, why: Message) -> TariffTerms:
    if terms is None:
        raise ValidationError("client_tariff", msg("rental", "obligatoire : {why}", why=why),
                              field_label=msg("rental", "Tarif client"))
    return terms


def _check(data: PricingInput, departure: datetime, return_at: datetime) -> None:
    if return_at <= departure:
        raise ValidationError("return", msg("rental", "le retour doit suivre le départ"),
                              field_label=msg("rental", "Date de retour"))
    for name, value in (("pec_discount_pct", data.pec_discount_pct), ("client_discount_pct", data.client_discount_pct)):
        if not Decimal(0) <= value <= HUNDRED:
            raise ValidationError(name, msg("rental", "entre 0 et 100 %"), field_label=msg("rental", "Remise"))


def price_dossier(data: PricingInput) -> PricingResult:
    """Price a dossier: PEC lines, client lines and totals (see the module docstring)."""
    departure = data.actual_departure or data.planned_departure
    return_at = data.actual_return or data.planned_return
    _check(data, departure, return_at)
    days = count_days(departure, return_at, data.grace_minutes)
    lines: list[PriceLine] = []
    warnings: list[Message] = []
    allowance: int | None = 0
    pec_billed = 0
    client_days = days
    if data.is_pec:
        if not data.pec_days or data.pec_days < 1 or data.pec_tariff is None:
            raise ValidationError("pec_days", msg("rental", "une prise en charge demande une durée et un tarif PEC"),
                                  field_label=msg("rental", "PEC Durée"))
        category = data.pec_tariff_category or data.pec_category or data.vehicle_category
        covered = min(days, data.pec_days)
        pec_billed = data.pec_base_days if data.pec_base_days is not None else covered
        client_days = max(0, days - data.pec_days)
        reason = msg("rental",
                     "{billed} jour(s) pris en charge par l'assistance (durée PEC {pec} j, location {days} j)",
                     billed=pec_billed, pec=data.pec_days, days=days)
        pec_lines, pec_rate = rental_lines(PayerRole.PEC, data.pec_tariff, category, max(pec_billed, 1),
                                           data.pec_tariff_days, reason, "PEC-")
        lines += pec_lines + _discount(PayerRole.PEC, pec_lines, data.pec_discount_pct, "PEC-REM")
        allowance = None if pec_rate.km_per_day is None else covered * pec_rate.km_per_day + data.pec_extra_km
        if data.pec_category and data.vehicle_category and data.pec_category != data.vehicle_category:
            warnings.append(msg("rental", "catégorie du véhicule {vehicle} différente de la catégorie PEC {pec}",
                                vehicle=data.vehicle_category, pec=data.pec_category))
    if client_days > 0:
        client = _require(data.client_tariff, msg("rental", "{n} jour(s) à charge du client", n=client_days))
        if data.is_pec:
            reason = msg("rental", "prolongation demandée par le client : {n} jour(s) au-delà des {pec} jour(s) pris "
                                   "en charge", n=client_days, pec=data.pec_days)
        else:
            reason = msg("rental", "{n} jour(s) de location", n=client_days)
        client_lines, client_rate = rental_lines(PayerRole.CLIENT, client, data.vehicle_category,
                                                 client_days, None, reason)
        lines += client_lines + _discount(PayerRole.CLIENT, client_lines, data.client_discount_pct, "REM")
        if allowance is not None:
            allowance = None if client_rate.km_per_day is None else allowance + client_days * client_rate.km_per_day
    driven = None
    if data.km_out is not None and data.km_in is not None:
        driven = data.km_in - data.km_out
        if driven < 0:
            raise ValidationError("km_in", msg("rental", "le kilométrage ne peut pas baisser ({km_in} < {km_out})",
                                               km_in=data.km_in, km_out=data.km_out),
                                  field_label=msg("rental", "Kilométrage retour"))
        if allowance is not None and driven > allowance:
            client = _require(data.client_tariff, msg("rental", "kilomètres supplémentaires"))
            rate = choose_rate(client, data.vehicle_category, days)
            lines.append(_line(PayerRole.CLIENT, "KMSUP", msg("rental", "Kilomètres supplémentaires"),
                               Decimal(driven - allowance), rate.extra_km_price,
                               msg("rental", "{driven} km parcourus pour {allowed} km inclus", driven=driven,
                                   allowed=allowance)))
    lines += _fuel_lines(data)
    lines += _return_charges(data)
    lines += extra_lines(data.extras, days, data.is_pec)
    if data.is_pec:
        lines = split_lines(lines, data.pec_split, pec_billed, data.vat_rate)
    return _result(data, lines, days, pec_billed, client_days if data.is_pec else days, allowance, driven, warnings)


def _fuel_lines(data: PricingInput) -> list[PriceLine]:
    if data.fuel_out is None or data.fuel_in is None:
        return []
    for name, value in (("fuel_out", data.fuel_out), ("fuel_in", data.fuel_in)):
        if not 0 <= value <= 8:
            raise ValidationError(name, msg("rental", "entre 0 et 8 huitièmes"), field_label=msg("rental", "Carburant"))
    missing = data.fuel_out - data.fuel_in
    if missing <= 0:
        return []
    pec_pays = data.is_pec and data.pec_fuel_covered
    payer = PayerRole.PEC if pec_pays else PayerRole.CLIENT
    terms = _require(data.pec_tariff if pec_pays else data.client_tariff, msg("rental", "carburant manquant"))
    litres = Decimal(missing) * data.tank_litres / EIGHTHS
    reason = msg("rental", "{missing}/8 de réservoir manquant au retour ({out}/8 au départ, {back}/8 au retour) × "
                           "{tank} l", missing=missing, out=data.fuel_out, back=data.fuel_in, tank=data.tank_litres)
    if pec_pays:
        reason = msg("rental", "{reason} ; carburant pris en charge par l'assistance", reason=reason)
    lines = [_line(payer, "CARB", msg("rental", "Carburant manquant (litres)"), litres, terms.fuel_price_per_litre,
                   reason)]
    if terms.refuelling_fee:
        lines.append(_line(payer, "PLEIN", msg("rental", "Frais de remplissage"), Decimal(1), terms.refuelling_fee,
                           msg("rental", "véhicule rendu sans le plein")))
    return lines


def _return_charges(data: PricingInput) -> list[PriceLine]:
    lines = []
    if data.cleaning_required:
        terms = _require(data.client_tariff, msg("rental", "nettoyage"))
        lines.append(_line(PayerRole.CLIENT, "NETT", msg("rental", "Nettoyage du véhicule"), Decimal(1),
                           terms.cleaning_fee, msg("rental", "véhicule rendu sale")))
    if data.damage_amount:
        lines.append(_line(PayerRole.CLIENT, "DOM", msg("rental", "Dommages"), Decimal(1), data.damage_amount,
                           msg("rental", "dommages constatés au retour : {notes}", notes=data.damage_notes or "-")))
    return lines


def _result(data: PricingInput, lines: list[PriceLine], days: int, pec_billed: int, client_days: int,
            allowance: int | None, driven: int | None, warnings: list[Message]) -> PricingResult:
    pec_excl = sum((line.amount for line in lines if line.payer == PayerRole.PEC), Decimal("0.00"))
    client_excl = sum((line.amount for line in lines if line.payer == PayerRole.CLIENT), Decimal("0.00"))
    pec_vat = sum((vat for _r, _b, vat in vat_breakdown([x for x in lines if x.payer == PayerRole.PEC], data.vat_rate)),
                  Decimal("0.00"))
    client_vat = sum((vat for _r, _b, vat in vat_breakdown([x for x in lines if x.payer == PayerRole.CLIENT],
                                                           data.vat_rate)), Decimal("0.00"))
    return PricingResult(
        lines=tuple(lines), pec_total_excl=money(pec_excl), pec_vat=pec_vat, pec_total_incl=money(pec_excl) + pec_vat,
        client_total_excl=money(client_excl), client_vat=client_vat, client_total_incl=money(client_excl) + client_vat,
        days=days, day_rule=day_rule(data.grace_minutes), vat_rate=data.vat_rate,
        estimated=data.actual_return is None, pec_billed_days=pec_billed, client_days=client_days,
        km_allowance=allowance, km_driven=driven, warnings=tuple(warnings))
