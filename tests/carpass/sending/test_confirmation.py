"""The Car-Pass confirmation PDF: one page per received reading, read back with pypdf; a
dossier's last reading, a day's batch, and the command line."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from app.core.carpass.models import CarpassEntry
from app.core.carpass.sending.confirmation import day_confirmations, dossier_confirmation, reading_confirmation
from app.core.carpass.sending.confirmation_pdf import render_confirmations, write_confirmations
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.sender import send_readings
from app.core.carpass.work_description import describe_number
from app.core.errors import AtelierError, NotFoundError
from app.core.progress import CancelToken, run_to_end
from app.core.timeutil import local_today, to_local, utcnow
from tests.carpass.helpers import add_reading, load_standard_list
from tests.carpass.sending.conftest import ESTABLISHMENT_A, FAST, enrol


def pages_text(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def sent_world(carpass, numbers=(1095, 1112)):
    db = carpass.db
    load_standard_list(db, carpass.site_a)
    vins = {1095: "WAUZZZ8V3EA070544", 1112: "TMBJG7NE0F0124355", 1126: "VF7XX4X2XN9059479"}
    for number in numbers:
        enrol(db, carpass.site_a, number, vin=vins[number], plate=f"1ABC{number % 1000:03d}", damage_km=50_100 + number)
    describe_number(db, carpass.clerk_a, 1095, ["TIMING_BELT", "PAINT"])
    summary = run_to_end(send_readings(db, carpass.clerk_a, options=FAST))
    assert summary.all_accepted
    return db


def guid_of(db, number):
    from app.core.carpass.models import Dossier

    with db.session() as session:
        return session.query(CarpassReading.request_guid).join(Dossier, Dossier.id == CarpassReading.dossier_id).filter(
            Dossier.number == number).scalar()


def test_one_page_with_every_fact_of_the_reading(carpass, simulator):
    db = sent_world(carpass)
    confirmation = dossier_confirmation(db, carpass.clerk_a, 1095)
    guid = guid_of(db, 1095)
    assert confirmation.request_guid == guid and guid in {o.guid for o in simulator.state.observations.values()}
    data = render_confirmations([confirmation], "clerk.a")
    (text,) = pages_text(data)
    for fact in ("Confirmation d'envoi Car-Pass", "Carrosserie Test SA", "Site A", "2026402650", "0426753973",
                 "WAUZZZ8V3EA070544", "1ABC095", local_today().strftime("%d-%m-%Y"), guid, "envoyé",
                 "Clerk.A (clerk.a)", "Moteur : Remplacement de la courroie de distribution",
                 "Carrosserie : Peinture", "Dossier 1095", "Imprimé le"):
        assert fact in text, fact
    assert "51 195 km" in text.replace("\u202f", " ")
    assert f"{simulator.base_url}/observation/{guid}/status/vhr?language=FR" in text.replace(" ", "")
    annotations = PdfReader(io.BytesIO(data)).pages[0]["/Annots"]
    links = [a.get_object()["/A"]["/URI"] for a in annotations]
    assert links == [f"{simulator.base_url}/observation/{guid}/status/vhr?language=FR"]


def test_dutch_labels_and_link_and_a_reading_without_description(carpass):
    db = sent_world(carpass)
    confirmation = dossier_confirmation(db, carpass.clerk_a, 1112, language="nl")
    assert confirmation.history_url.endswith("vhr?language=NL") and confirmation.description == ()
    dutch = dossier_confirmation(db, carpass.clerk_a, 1095, language="nl")
    assert ("Motor", "Vervangen van de distributieriem") in dutch.description
    (text,) = pages_text(render_confirmations([confirmation], "clerk.a"))
    assert "aucune description reçue par Car-Pass" in text


def test_a_day_of_confirmations_in_one_file_one_page_each(carpass, tmp_path):
    db = sent_world(carpass, (1095, 1112, 1126))
    confirmations = day_confirmations(db, carpass.clerk_a, local_today())
    assert [c.dossier for c in confirmations] == [1095, 1112, 1126]
    out = tmp_path / "out"
    out.mkdir()
    path = out / "jour.pdf"
    steps = []
    operation = write_confirmations(path, confirmations, "clerk.a")
    while True:
        try:
            steps.append(next(operation))
        except StopIteration as stop:
            assert stop.value == 3
            break
    assert [s.done for s in steps] == [1, 2, 3] and steps[-1].total == 3
    texts = pages_text(path.read_bytes())
    assert len(texts) == 3 and ["1095" in t for t in texts] == [True, False, False]
    assert all("Confirmation d'envoi Car-Pass" in t for t in texts)
    token = CancelToken()
    token.cancel()
    cancelled = out / "annule.pdf"
    assert run_to_end(write_confirmations(cancelled, confirmations, "clerk.a", token=token)) == 0
    assert list(out.iterdir()) == [path]  # nothing half-written
    with pytest.raises(AtelierError, match="Aucun relevé reçu"):
        day_confirmations(db, carpass.clerk_a, local_today() - timedelta(days=1))


def test_only_received_readings_of_the_site_are_confirmed(carpass):
    db = sent_world(carpass)
    late = enrol(db, carpass.site_a, 1300, vin="VF7XX4X2XN9059479")
    with pytest.raises(AtelierError, match="aucun relevé du dossier 1300"):
        dossier_confirmation(db, carpass.clerk_a, 1300)
    with pytest.raises(NotFoundError):
        dossier_confirmation(db, carpass.clerk_b, 1095)  # site B has no dossier 1095
    with db.session() as session:
        reading_id = session.query(CarpassReading.id).filter(CarpassReading.state == "sent").first()[0]
    assert reading_confirmation(db, carpass.clerk_a, reading_id).establishment_number == ESTABLISHMENT_A
    with pytest.raises(NotFoundError):
        reading_confirmation(db, carpass.clerk_b, reading_id)
    with db.session() as session:
        dossier_id = session.get(CarpassEntry, late).dossier_id
    three_days_ago = utcnow() - timedelta(days=3)
    add_reading(db, carpass.site_a, late, dossier_id, "VF7XX4X2XN9059479", 9000, to_local(three_days_ago).date(),
                sent_at=three_days_ago, created_by="admin.a")
    assert [c.dossier for c in day_confirmations(db, carpass.clerk_a, local_today())] == [1095, 1112]
    (old,) = day_confirmations(db, carpass.clerk_a, to_local(three_days_ago).date())
    assert (old.dossier, old.sent_by, old.odometer) == (1300, "admin.a", 9000)  # no call kept: who prepared it
