"""Bad input: every validator fuzzed with hypothesis (texts, number-like strings with signs,
separators, exponents, Unicode digits, very long digit runs). Each input is either accepted
or refused with a ValidationError that names the field (its key and a label shown to the
clerk) — never another exception. The inputs that once crashed validators (``1E+30``,
``--5``, ``²``, digit runs beyond Python's int limit) are always among the examples."""

from __future__ import annotations

from collections import Counter
from functools import partial

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.core.carpass import vehicle_rules as vr
from app.core.carpass.dossier_import import parse_work_started
from app.core.controls.catalogue import load_catalogue
from app.core.controls.field_validators import validate_slot
from app.core.errors import ValidationError, ValidationErrors
from app.core.i18n import msg
from app.core.platform.identifiers import (
    clean_enterprise_number,
    clean_establishment_number,
)
from app.core.platform.users import clean_login
from app.core.rental import fields as rf
from app.core.rental.customers import clean_vat_number
from app.core.rental.fleet import clean_plate as rental_plate
from app.core.rental.invoicing.payments import parse_amount
from app.core.rental.invoicing.structured_communication import check_communication
from app.core.rental.settings import clean_grace_minutes, clean_vat_rate

LONG_DIGITS = "1" * 5000
NASTY = ["", " ", "-", "--5", "+5", "1E+30", "1e-30", "NaN", "-Infinity", "sNaN", "٣", "１２", "²", "1_000",
         "0x1F", "2²00000000", "12,5", "1.234,56", "\u202f12 000", "\x00", "31-02-2024", "2024-02-30", "0000-00-00",
         "9999-12-31", "99999999999999999999999999", LONG_DIGITS, "A" * 300, "'; DROP TABLE invoice; --"]
NUMBERISH = st.from_regex(r"[-+ ]{0,2}[0-9٣²]{0,30}([.,][0-9]{0,8})?([eE][-+]?[0-9]{1,5})?", fullmatch=True)
RAW = st.one_of(st.sampled_from(NASTY), NUMBERISH, st.text(max_size=40))


def _named(error: ValidationError, fields: set[str]) -> None:
    assert error.field in fields, (error.field, fields)
    assert error.field_label is not None, f"{error.field}: no label shown to the clerk"
    text = error.message.render()
    assert error.field_label.render() in text and len(text) > len(error.field_label.render()) + 3


def _only_validation_errors(call, raw, fields: set[str]) -> None:
    try:
        call(raw)
    except ValidationErrors as many:
        assert many.errors
        for error in many.errors:
            _named(error, fields)
    except ValidationError as error:
        _named(error, fields)


LABEL = msg("tests", "Champ")
VALIDATORS = {
    "carpass.vin": (vr.clean_vin, {"vin"}),
    "carpass.km": (partial(vr.clean_km, "damage_km"), {"damage_km"}),
    "carpass.date": (partial(vr.parse_date, "first_registration"), {"first_registration"}),
    "carpass.first_registration": (vr.clean_first_registration, {"first_registration"}),
    "carpass.number": (vr.clean_number, {"number"}),
    "carpass.owner": (vr.clean_owner, {"owner"}),
    "carpass.plate": (vr.clean_plate, {"plate"}),
    "carpass.amount": (partial(vr.clean_amount, "invoice_total"), {"invoice_total"}),
    "carpass.flag": (partial(vr.clean_flag, "merged"), {"merged"}),
    "carpass.work_started_at": (parse_work_started, {"work_started_at"}),
    "platform.enterprise_number": (clean_enterprise_number, {"enterprise_number"}),
    "platform.establishment_number": (clean_establishment_number, {"establishment_number"}),
    "platform.login": (clean_login, {"login"}),
    "rental.vat_number": (clean_vat_number, {"vat_number"}),
    "rental.plate": (rental_plate, {"plate"}),
    "rental.vat_rate": (clean_vat_rate, {"vat_rate"}),
    "rental.grace_minutes": (clean_grace_minutes, {"grace_minutes"}),
    "rental.text": (lambda raw: rf.text("name", LABEL, raw, 60, required=True), {"name"}),
    "rental.decimal": (lambda raw: rf.decimal("price", LABEL, raw), {"price"}),
    "rental.integer": (lambda raw: rf.integer("days", LABEL, raw, maximum=365), {"days"}),
    "rental.category": (lambda raw: rf.category("category", LABEL, raw), {"category"}),
    "rental.payment_amount": (parse_amount, {"amount"}),
    "rental.structured_communication": (check_communication, {"structured_communication"}),
}
@pytest.mark.parametrize("name", list(VALIDATORS))
def test_validator_refuses_bad_input_naming_the_field(name):
    call, fields = VALIDATORS[name]

    @settings(max_examples=120, database=None)
    @given(RAW)
    @example("1E+30")
    @example(LONG_DIGITS)
    @example("--5")
    def check(raw):
        _only_validation_errors(call, raw, fields)

    for raw in NASTY:
        _only_validation_errors(call, raw, fields)
    check()


CATALOGUE = load_catalogue()
SLOTS_BY_TYPE: dict[str, list] = {}
for _slot in CATALOGUE.slots.values():
    SLOTS_BY_TYPE.setdefault(_slot.validator_field.type, []).append(_slot)


@pytest.mark.parametrize("kind", sorted(SLOTS_BY_TYPE))
def test_every_controls_field_refuses_bad_input_naming_its_key(kind):
    slots = SLOTS_BY_TYPE[kind]

    @settings(max_examples=150, database=None)
    @given(st.sampled_from(slots), RAW)
    @example(slots[0], LONG_DIGITS)
    def check(slot, raw):
        _only_validation_errors(partial(validate_slot, slot), raw, {slot.key})

    for slot in slots:
        for raw in NASTY:
            _only_validation_errors(partial(validate_slot, slot), raw, {slot.key})
    check()


def test_the_sweep_covers_the_shipped_catalogue():
    kinds = Counter(s.validator_field.type for s in CATALOGUE.slots.values())
    assert sum(kinds.values()) == len(CATALOGUE.slots) >= 100
    assert set(SLOTS_BY_TYPE) == set(kinds)
