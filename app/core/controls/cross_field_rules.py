"""Cross-field rules of the VZSHE manual, one function per rule id of the catalogue.

A rule reads the site's values (stored values merged with what is being saved) and
returns findings: the value key the finding belongs to (shown under that input) and the
reason. Findings of ``error`` rules stop the save; ``warning`` rules (the manual says the
value then has no effect) are only shown. Field keys come from the rule's ``fields`` list,
in the order the catalogue gives them (docs/decisions/controls-catalogue.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.core.controls.catalogue import Catalogue, FieldDef, RuleDef
from app.core.errors import ValidationError
from app.core.i18n import Message, msg

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RuleFinding:
    """One rule broken on one value key."""

    rule_id: str
    key: str
    reason: Message
    blocking: bool

    def as_error(self, catalogue: Catalogue) -> ValidationError:
        """The finding as the ValidationError the services raise."""
        slot = catalogue.slot(self.key)
        return ValidationError(self.key, self.reason, field_label=slot.label() if slot else None)


@dataclass(frozen=True)
class RuleContext:
    """What a rule sees: its definition, the catalogue and every value of the site."""

    rule: RuleDef
    catalogue: Catalogue
    values: Mapping[str, str]

    def definition(self, index: int) -> FieldDef:
        """The ``index``-th field named by the rule."""
        found = self.catalogue.field(self.rule.fields[index])
        if found is None:
            raise KeyError(self.rule.fields[index])
        return found

    def value(self, key: str) -> str:
        """A value of the site ("" when the key is unknown)."""
        return self.values.get(key, "")

    def finding(self, key: str, reason: Message) -> RuleFinding:
        """A finding of this rule on ``key``."""
        return RuleFinding(self.rule.id, key, reason, self.rule.blocking)


RuleFunction = Callable[[RuleContext], list[RuleFinding]]


def is_set(definition: FieldDef, stored: str) -> bool:
    """True when a value counts as given: not blank, and not zero for numbers that can't be blank."""
    if stored in ("", None):
        return False
    if definition.type in ("integer", "decimal") and not definition.blank_allowed():
        try:
            return Decimal(stored) != 0
        except InvalidOperation:
            return True
    return True


def _keys(definition: FieldDef, suffix: str | None = None) -> list[str]:
    if suffix is not None and definition.repeat and suffix in definition.repeat:
        return [f"{definition.key}.{suffix}"]
    return definition.value_keys()


def _name(definition: FieldDef) -> Message:
    return definition.label


def _requires(ctx: RuleContext, *, error_on_first: bool, reason: Message) -> list[RuleFinding]:
    """When the first field is set, the second must be set too."""
    first, second = ctx.definition(0), ctx.definition(1)
    findings = []
    for key in first.value_keys():
        if is_set(first, ctx.value(key)) and not any(is_set(second, ctx.value(k)) for k in second.value_keys()):
            target = key if error_on_first else second.value_keys()[0]
            findings.append(ctx.finding(target, reason))
    return findings


def other_items_commission_needs_positions(ctx: RuleContext) -> list[RuleFinding]:
    """VZSHE10: commission per position needs other expenses/income recorded per position."""
    return _requires(ctx, error_on_first=True, reason=msg(
        "controls", "la commission par position exige que « {other} » vaille 1 ou 2",
        other=_name(ctx.definition(1))))


def fiscal_year_start_required(ctx: RuleContext) -> list[RuleFinding]:
    """VZSHE30: credit notes limited to the current year need the fiscal-year start."""
    return _requires(ctx, error_on_first=False, reason=msg(
        "controls", "obligatoire quand « {switch} » vaut 1", switch=_name(ctx.definition(0))))


def _no_effect_without(ctx: RuleContext) -> list[RuleFinding]:
    """Warning: the first field has no effect while the second is blank."""
    return _requires(ctx, error_on_first=True, reason=msg(
        "controls", "sans effet tant que « {other} » n'est pas rempli", other=_name(ctx.definition(1))))


def lower_not_above_upper(ctx: RuleContext) -> list[RuleFinding]:
    """VZSHE50: each lower limit is not above its upper limit."""
    findings = []
    for index in range(len(ctx.rule.fields)):
        definition = ctx.definition(index)
        lower, upper = ctx.value(f"{definition.key}.lower"), ctx.value(f"{definition.key}.upper")
        try:
            low, high = Decimal(lower or "0"), Decimal(upper or "0")
        except InvalidOperation:
            continue
        if low > high:
            findings.append(ctx.finding(f"{definition.key}.lower", msg(
                "controls", "la limite inférieure {lower} dépasse la limite supérieure {upper}",
                lower=lower, upper=upper)))
    return findings


def _table_rows(ctx: RuleContext) -> tuple[FieldDef, FieldDef, FieldDef, list[int]]:
    table = ctx.definition(0)
    date_column = next(c for c in table.columns if c.type == "date")
    number_column = next(c for c in table.columns if c.type in ("decimal", "integer"))
    return table, date_column, number_column, list(range(1, table.rows + 1))


def dates_descending(ctx: RuleContext) -> list[RuleFinding]:
    """VZSHE60: the filled rows' dates go strictly further into the past."""
    table, date_column, _number, rows = _table_rows(ctx)
    findings, previous = [], None
    for row in rows:
        key = f"{table.key}.{row}.{date_column.key}"
        current = ctx.value(key)
        if not current:
            continue
        if previous is not None and current >= previous[1]:
            findings.append(ctx.finding(key, msg(
                "controls", "ligne {row} : la date doit être antérieure à celle de la ligne {previous} "
                "(ordre décroissant)", row=row, previous=previous[0])))
        previous = (row, current)
    return findings


def percentage_with_date(ctx: RuleContext) -> list[RuleFinding]:
    """VZSHE60: a dated row needs a percentage other than 0; a percentage needs a date."""
    table, date_column, number_column, rows = _table_rows(ctx)
    findings = []
    for row in rows:
        date_key = f"{table.key}.{row}.{date_column.key}"
        number_key = f"{table.key}.{row}.{number_column.key}"
        dated, number = ctx.value(date_key), ctx.value(number_key)
        if dated and (number == "" or Decimal(number) == 0):
            findings.append(ctx.finding(number_key, msg(
                "controls", "ligne {row} : pourcentage obligatoire et différent de 0 quand une date est donnée",
                row=row)))
        elif not dated and number != "":
            findings.append(ctx.finding(date_key, msg(
                "controls", "ligne {row} : date obligatoire pour ce pourcentage", row=row)))
    return findings


def release_date_methods_exclusive(ctx: RuleContext) -> list[RuleFinding]:
    """VZSHE70: per vehicle type, days after billing, month end and day of next month exclude each other."""
    definitions = [ctx.definition(i) for i in range(len(ctx.rule.fields))]
    suffixes = definitions[0].repeat or (None,)
    findings = []
    for suffix in suffixes:
        given = [(d, k) for d in definitions for k in _keys(d, suffix) if is_set(d, ctx.value(k))]
        if len(given) < 2:
            continue
        first = given[0][0]
        for _definition, key in given[1:]:
            findings.append(ctx.finding(key, msg(
                "controls", "type {type} : à laisser vide ou 0 car « {first} » est déjà rempli (une seule "
                "méthode de date par type de véhicule)", type=suffix or "-", first=_name(first))))
    return findings


def auto_release_blank_with_fibu_commissions(ctx: RuleContext) -> list[RuleFinding]:
    """VZSHE70: when commissions are posted to accounting, the automatic release date stays VIDE."""
    switch, fibu = ctx.definition(0), ctx.definition(1)
    if not any(is_set(fibu, ctx.value(k)) for k in fibu.value_keys()):
        return []
    return [ctx.finding(key, msg("controls", "seule la valeur VIDE est permise quand « {other} » vaut 1",
                                 other=_name(fibu)))
            for key in switch.value_keys() if is_set(switch, ctx.value(key))]


RULES: dict[str, RuleFunction] = {
    "vzshe10_other_items_commission_needs_positions": other_items_commission_needs_positions,
    "vzshe30_fiscal_year_start_required": fiscal_year_start_required,
    "vzshe40_nova_vat_code_needs_nova_date": _no_effect_without,
    "vzshe40_nova_single_posting_needs_nova_date": _no_effect_without,
    "vzshe40_other_items_goods_usage_needs_fibu": _no_effect_without,
    "vzshe50_agency_commission_amount_limits": lower_not_above_upper,
    "vzshe50_agency_commission_rate_limits": lower_not_above_upper,
    "vzshe60_dates_descending": dates_descending,
    "vzshe60_percentage_with_date": percentage_with_date,
    "vzshe70_release_date_methods_exclusive": release_date_methods_exclusive,
    "vzshe70_auto_release_blank_with_fibu_commissions": auto_release_blank_with_fibu_commissions,
}


def unimplemented_rules(catalogue: Catalogue) -> list[str]:
    """Rule ids the catalogue lists that no function implements (a test keeps this empty)."""
    return [rule.id for rule in catalogue.rules() if rule.id not in RULES]


def rule_touches(catalogue: Catalogue, rule: RuleDef, page_id: str) -> bool:
    """True when one of the rule's fields is on ``page_id``."""
    return rule.page_id == page_id or any(
        (f := catalogue.field(key)) is not None and f.page_id == page_id for key in rule.fields)


def check_rules(catalogue: Catalogue, values: Mapping[str, str],
                page_ids: set[str] | None = None) -> list[RuleFinding]:
    """Every finding of the rules touching ``page_ids`` (all pages when None)."""
    findings: list[RuleFinding] = []
    for rule in catalogue.rules():
        if page_ids is not None and not any(rule_touches(catalogue, rule, p) for p in page_ids):
            continue
        function = RULES.get(rule.id)
        if function is None:
            log.warning("controls rule %s has no implementation", rule.id)
            continue
        try:
            findings.extend(function(RuleContext(rule, catalogue, values)))
        except (KeyError, StopIteration, IndexError):
            log.warning("controls rule %s names fields the catalogue does not have", rule.id)
    return findings
