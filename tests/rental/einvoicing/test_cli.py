"""``atelier rental einvoice`` and ``atelier rental peppol`` run in-process against the simulator."""

from __future__ import annotations

from app.core.peppol.validation import validate_ubl
from app.core.rental.invoicing.models import Invoice


def reference(world, invoice_id):
    with world.db.session() as s:
        return s.get(Invoice, invoice_id).reference


def test_settings_xml_send_status_resend(world, test_set, simulator, memory_keyring, run_cli, tmp_path):
    admin, clerk = ("--user", "admin.a"), ("--user", "clerk.a")
    ref = reference(world, test_set.documents["pec_single"])
    unconfigured = run_cli(world.db, *clerk, "rental", "einvoice", "send", ref)
    assert unconfigured.code == 1 and "point d'accès Peppol" in unconfigured.err
    assert run_cli(world.db, *clerk, "rental", "peppol", "endpoint", simulator.base_url).code == 1  # admins only
    bad = run_cli(world.db, *admin, "rental", "peppol", "endpoint", "http://example.com/api")
    assert bad.code == 2 and "https" in bad.err
    assert run_cli(world.db, *admin, "rental", "peppol", "endpoint", simulator.base_url).code == 0
    stored = run_cli(world.db, *admin, "rental", "peppol", "key", "set",
                     env={"ATELIER_PEPPOL_API_KEY": "ap-key-site-a"})
    assert stored.code == 0 and "ap-key-site-a" not in stored.out + stored.err
    tested = run_cli(world.db, *admin, "rental", "peppol", "test")
    assert tested.code == 0 and "0208:0426753973" in tested.out
    out = tmp_path / "facture.xml"
    written = run_cli(world.db, *clerk, "rental", "einvoice", ref, "--out", str(out))
    assert written.code == 0 and validate_ubl(out.read_bytes()).valid
    assert run_cli(world.db, *clerk, "rental", "einvoice", ref).code == 2  # --out missing
    assert run_cli(world.db, *clerk, "rental", "einvoice", "send").code == 2  # no reference
    private = run_cli(world.db, *clerk, "rental", "einvoice", str(test_set.pdf_only), "--out", str(out))
    assert private.code == 2 and "particulier" in private.err
    sent = run_cli(world.db, *clerk, "rental", "einvoice", "send", ref)
    assert sent.code == 0 and f"{ref}\tenvoyé" in sent.out
    status = run_cli(world.db, *clerk, "rental", "einvoice", "status", ref, "--refresh")
    assert status.code == 0 and "livré" in status.out and "0208:0457247904" in status.out
    trader = reference(world, test_set.documents["beneficiary_with_vat"])
    absent = run_cli(world.db, *clerk, "rental", "einvoice", "send", trader)
    assert absent.code == 1 and "absent de Peppol" in absent.out
    again = run_cli(world.db, *clerk, "rental", "einvoice", "resend", ref)
    assert again.code == 1 and "Rien à renvoyer" in again.err
    simulator.fail_next("server_error")
    other = reference(world, test_set.documents["credit_note"])
    assert "à vérifier" in run_cli(world.db, *clerk, "rental", "einvoice", "send", other).out
    refused = run_cli(world.db, *clerk, "rental", "einvoice", "resend", other)
    assert refused.code == 2 and "--checked" in refused.err
    confirmed = run_cli(world.db, *clerk, "rental", "einvoice", "resend", other, "--checked")
    assert confirmed.code == 0 and len(simulator.received()) == 2
    assert run_cli(world.db, *clerk, "rental", "einvoice", "send", "--pending").code == 0
    unknown = run_cli(world.db, *clerk, "rental", "einvoice", "status", "A-1999-00001")
    assert unknown.code == 1


def test_customer_identifiers(world, test_set, run_cli):
    listing = run_cli(world.db, "--user", "clerk.a", "rental", "customers", "--search", "dubois")
    assert listing.code == 0 and "0208:0403170701" in listing.out
    business = str(test_set.business_id)
    bad = run_cli(world.db, "--user", "clerk.a", "rental", "customer-ids", business, "--peppol-id", "0208:123")
    assert bad.code == 2 and "Identifiant Peppol" in bad.err
    mismatch = run_cli(world.db, "--user", "clerk.a", "rental", "customer-ids", business, "--enterprise-number",
                       "0426753973")
    assert mismatch.code == 2 and "ne correspond pas" in mismatch.err
    ok = run_cli(world.db, "--user", "clerk.a", "rental", "customer-ids", business, "--peppol-id", "9925:be0403170701")
    assert ok.code == 0 and "9925:BE0403170701" in ok.out
    assistance = str(test_set.rental.assistance_id)
    assert run_cli(world.db, "--user", "clerk.a", "rental", "customer-ids", assistance, "--peppol-id",
                   "0208:0457247904").code == 1  # assistance companies: admins only


def test_simulator_command_refuses_bad_options(sqlite_db, run_cli):
    assert run_cli(sqlite_db, "peppol-simulator", "--key", "no-participant").code == 2
    assert run_cli(sqlite_db, "peppol-simulator", "--delivery-polls", "0").code == 2
