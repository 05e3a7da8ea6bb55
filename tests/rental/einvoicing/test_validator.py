"""Atelier's validator flags broken documents by the official rule ids."""

from __future__ import annotations

import pytest

from app.core.peppol.validation import validate_ubl
from tests.rental.einvoicing.broken_documents import BROKEN, broken
from tests.rental.einvoicing.test_documents import xml_of


@pytest.fixture
def valid_invoice(sqlite_world, memory_keyring):
    from tests.rental.einvoicing.document_set import build_test_set

    world = sqlite_world
    documents = build_test_set(world.db, world.company_id, world.clerk_a, world.site_b, world.clerk_b).documents
    xml = xml_of(world, documents["pec_single"])
    assert validate_ubl(xml).valid
    return xml


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_document_is_flagged_by_rule_id(valid_invoice, name):
    _change, official, structure = BROKEN[name]
    report = validate_ubl(broken(valid_invoice, name))
    assert report.rule_ids == official | structure, [str(f) for f in report.fatal]


def test_unreadable_and_foreign_documents():
    assert validate_ubl(b"<Invoice").rule_ids == {"UBL-XML"}
    assert validate_ubl(b"<Order xmlns='urn:x'/>").rule_ids == {"UBL-XML"}
