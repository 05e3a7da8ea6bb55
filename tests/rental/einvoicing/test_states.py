"""The e-invoice actions a selection allows are decided by the core from the states."""

from app.core.rental.einvoicing.states import NONE, PDF, einvoice_actions


def test_unsent_invoices_can_be_sent_together_but_resent_or_exported_one_at_a_time():
    many = einvoice_actions([NONE, NONE])
    assert (many.send, many.resend, many.xml) == (True, False, False)
    one = einvoice_actions([NONE])
    assert (one.send, one.resend, one.xml) == (True, False, True)


def test_only_a_refused_unregistered_or_unchecked_sending_can_be_resent():
    for state, resend in (("refused", True), ("not_registered", True), ("unknown", True), ("sent", False),
                          ("delivered", False), ("queued", False), ("sending", False)):
        allowed = einvoice_actions([state])
        assert (allowed.send, allowed.resend, allowed.xml) == (False, resend, True), state


def test_a_pdf_only_invoice_or_an_empty_selection_allows_nothing():
    for states in ([PDF], [], [NONE, PDF]):
        allowed = einvoice_actions(states)
        assert not (allowed.send or allowed.resend or allowed.xml), states
