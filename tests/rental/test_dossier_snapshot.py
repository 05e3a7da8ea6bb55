"""The dossier window's snapshot: one transaction, and the core deciding what may be done."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal as D

from sqlalchemy import event, update

from app.core.rental.dossier_snapshot import NEW_DOSSIER_ACTIONS, dossier_actions, load_dossier
from app.core.rental.dossiers import (
    cancel_dossier,
    convert_dossier,
    create_dossier,
    extend_by_assistance,
    update_dossier,
)
from app.core.rental.kinds import DossierKind
from app.core.rental.models import RentalDossier
from app.core.rental.tariffs import effective_pec_tariff
from app.core.timeutil import utcnow
from app.ui.app_context import AppContext
from app.ui.settings import station_settings
from tests.rental.conftest import DEP


def test_the_window_reads_the_dossier_in_one_transaction(rental):
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), DossierKind.CONTRACT)
    info = extend_by_assistance(w.db, w.clerk_a, info.id, info.version, 2, reference="EXT-1")
    begins = []

    def on_begin(connection):
        begins.append(connection)
    event.listen(w.db.engine, "begin", on_begin)
    try:
        snapshot = load_dossier(w.db, w.clerk_a, info.id)
    finally:
        event.remove(w.db.engine, "begin", on_begin)
    assert len(begins) == 1
    assert (snapshot.info.id, snapshot.info.version) == (info.id, info.version)
    assert [h.reference for h in snapshot.history] == ["EXT-1"]
    assert snapshot.price is not None and snapshot.price.pec_total_excl == D("245.00")  # 7 days
    assert snapshot.price_problem is None and snapshot.grace_minutes == 59
    assert snapshot.vehicles[0].id == rental.car_b1  # its own car is not busy with itself
    assert rental.pec_agreement in [a.id for a in snapshot.agreements]
    assert snapshot.actions.extend and snapshot.actions.cancel and snapshot.actions.invoice


def test_a_quote_that_cannot_be_priced_says_why(rental):
    w = rental.world
    quote = create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=None, pec_category="", agreement_id=None,
                                                             is_pec=False))
    snapshot = load_dossier(w.db, w.clerk_a, quote.id)
    assert snapshot.price is None and snapshot.price_problem is not None


def test_the_actions_follow_the_dossier_through_its_life(rental):
    w = rental.world
    assert dossier_actions(None) == NEW_DOSSIER_ACTIONS and not NEW_DOSSIER_ACTIONS.extend
    quote = create_dossier(w.db, w.clerk_a, rental.pec_data())
    actions = dossier_actions(quote)
    assert (actions.save, actions.convert_to, actions.extend, actions.cancel, actions.invoice) == (
        True, DossierKind.RESERVATION, False, True, False)
    reservation = convert_dossier(w.db, w.clerk_a, quote.id, quote.version)
    assert dossier_actions(reservation).convert_to == DossierKind.CONTRACT and dossier_actions(reservation).extend
    contract = convert_dossier(w.db, w.clerk_a, reservation.id, reservation.version)
    actions = dossier_actions(contract)
    assert actions.convert_to is None and actions.cancel and actions.invoice
    left = update_dossier(w.db, w.clerk_a, contract.id, contract.version,
                          replace(contract.data, actual_departure=DEP, km_out=10_000, fuel_out=8))
    assert not dossier_actions(left).cancel  # a car on the road comes back, it is not cancelled
    with w.db.session() as session:
        session.execute(update(RentalDossier).where(RentalDossier.id == left.id).values(invoiced=True))
    frozen = load_dossier(w.db, w.clerk_a, left.id).actions
    assert not (frozen.save or frozen.extend or frozen.cancel or frozen.invoice) and frozen.convert_to is None
    other = create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=rental.car_b2,
                                                            planned_departure=DEP + timedelta(days=30),
                                                            planned_return=DEP + timedelta(days=35)))
    cancelled = cancel_dossier(w.db, w.clerk_a, other.id, other.version)
    assert dossier_actions(cancelled) == frozen


def test_the_pec_tariff_is_the_clerks_choice_else_the_agreements():
    assert effective_pec_tariff(None, 7) == 7
    assert effective_pec_tariff(3, 7) == 3
    assert effective_pec_tariff(None, None) is None


def test_the_dossier_window_reads_off_the_gui_thread(qtbot, sqlite_rental, monkeypatch):
    from app.ui.rental import dossier_dialog

    w = sqlite_rental.world
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(planned_departure=utcnow() + timedelta(days=1),
                                                                  planned_return=utcnow() + timedelta(days=6)),
                          DossierKind.CONTRACT)
    threads = []

    def reading(database, scope, dossier_id):
        threads.append(threading.current_thread())
        return load_dossier(database, scope, dossier_id)
    monkeypatch.setattr(dossier_dialog, "load_dossier", reading)
    dialog = dossier_dialog.DossierDialog(AppContext(w.db, w.clerk_a, station_settings()), info.id)
    qtbot.addWidget(dialog)
    assert dialog.info is None and not dialog.isEnabled()  # nothing read on the GUI thread yet
    with qtbot.waitSignal(dialog.loaded):
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.isEnabled() and dialog.info.id == info.id
    assert dialog.form.file_number.text() == info.data.pec_file_number
    assert dialog.totals.total_text("pec_excl") == "175,00 €"
    assert dialog.extend_button.isVisibleTo(dialog) and dialog.cancel_dossier_button.isVisibleTo(dialog)
    assert not dialog.convert_button.isVisibleTo(dialog)
