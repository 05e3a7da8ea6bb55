"""The contract document signed at departure, printed for the recipient its agreement
names: the driver (driver's data and the client's amounts) or the PEC (the assistance
company's data, its agreement and the PEC tariff and amounts)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.pdf.fonts import BOLD, register_fonts
from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier
from app.core.rental.dossier_data import dossier_reference
from app.core.rental.invoicing.documents import Issuer, issuer_of
from app.core.rental.invoicing.formatting import format_amount, format_decimal, format_unit_price
from app.core.rental.invoicing.invoice_pdf import ACCENT, GRID, LIGHT, escape, styles
from app.core.rental.invoicing.payers import customer_name
from app.core.rental.kinds import PayerRole
from app.core.rental.models import RECIPIENT_PEC, Agreement, Customer, FleetVehicle
from app.core.rental.pricing import price_dossier
from app.core.rental.pricing_input import load_pricing_input
from app.core.timeutil import format_local


@dataclass(frozen=True)
class ContractDocument:
    """What the contract prints, gathered from the dossier and its pricing."""

    reference: str
    issuer: Issuer
    for_pec: bool
    recipient_title: Message
    recipient_lines: tuple[str, ...]
    driver_lines: tuple[str, ...]
    facts: tuple[tuple[Message, str], ...]
    lines: tuple[tuple[str, str, str, str], ...]
    total_excl: str
    total_incl: str
    day_rule: Message
    damage_out: str


def _person(customer: Customer | None) -> tuple[str, ...]:
    if customer is None:
        return ("—",)
    city = " ".join(p for p in (customer.postcode, customer.city) if p)
    extra = [customer.email, customer.phone]
    if customer.licence_number:
        extra.append(msg("rental", "Permis n° {number}", number=customer.licence_number).render())
    return tuple(p for p in (customer_name(customer), customer.street, city, *extra) if p)


def load_contract(session: Session, scope: UserScope, dossier_id: int,
                  translate: Translator = identity_translator) -> ContractDocument:
    """The contract of a dossier of the user's site, for the agreement's print recipient."""
    dossier = get_dossier(session, scope, dossier_id)
    agreement = session.get(Agreement, dossier.agreement_id) if dossier.is_pec and dossier.agreement_id else None
    for_pec = agreement is not None and agreement.print_recipient == RECIPIENT_PEC
    driver = session.get(Customer, dossier.driver_id or dossier.customer_id) if (
        dossier.driver_id or dossier.customer_id) else None
    vehicle = session.get(FleetVehicle, dossier.vehicle_id) if dossier.vehicle_id else None
    result = price_dossier(load_pricing_input(session, scope, dossier_id))
    payer = PayerRole.PEC if for_pec else PayerRole.CLIENT
    if for_pec and agreement is not None:
        recipient = _person(session.get(Customer, agreement.account_id))
        title = msg("rental", "Prise en charge")
        excl, incl = result.pec_total_excl, result.pec_total_incl
    else:
        recipient, title = _person(driver), msg("rental", "Conducteur")
        excl, incl = result.client_total_excl, result.client_total_incl

    def t(message: Message) -> str:
        return message.render(translate)

    facts: list[tuple[Message, str]] = [
        (msg("rental", "Véhicule"), " — ".join(p for p in (vehicle.plate, vehicle.model, vehicle.category) if p)
         if vehicle else "—"),
        (msg("rental", "Départ"), format_local(dossier.actual_departure or dossier.planned_departure)),
        (msg("rental", "Retour prévu"), format_local(dossier.planned_return)),
        (msg("rental", "Kilométrage au départ"), str(dossier.km_out) if dossier.km_out is not None else "—"),
        (msg("rental", "Carburant au départ"), f"{dossier.fuel_out}/8" if dossier.fuel_out is not None else "—"),
    ]
    if dossier.actual_return is not None:
        facts.append((msg("rental", "Retour réel"), format_local(dossier.actual_return)))
    if dossier.is_pec:
        facts += [(msg("rental", "Accord PEC"), agreement.label if agreement else "—"),
                  (msg("rental", "Dossier assistance"), dossier.pec_file_number or "—"),
                  (msg("rental", "N° d'autorisation"), dossier.pec_authorisation_number or "—"),
                  (msg("rental", "Durée prise en charge"),
                   t(msg("rental", "{n} jour(s)", n=dossier.covered_days or dossier.pec_days or 0))),
                  (msg("rental", "Catégorie prise en charge"), dossier.pec_category or "—"),
                  (msg("rental", "Carburant pris en charge"),
                   t(msg("rental", "oui")) if dossier.pec_fuel_covered else t(msg("rental", "non")))]
    lines = tuple((line.label.render(translate), format_decimal(line.quantity, 3), format_unit_price(line.unit_price),
                   format_amount(line.amount)) for line in result.lines_of(payer))
    return ContractDocument(dossier_reference(scope.site_code, dossier.number), issuer_of(session, scope.site_id),
                            for_pec, title, recipient, _person(driver) if for_pec else (), tuple(facts), lines,
                            format_amount(excl), format_amount(incl), result.day_rule, dossier.damage_out or "")


def render_contract(doc: ContractDocument, translate: Translator = identity_translator) -> bytes:
    """The contract as a one- or two-page PDF with signature boxes."""
    font = register_fonts()
    s = styles(font)

    def t(message: Message) -> str:
        return message.render(translate)

    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=doc.reference, author=doc.issuer.name)
    head_left = [Paragraph(escape(doc.issuer.name), s["company"]), Paragraph(escape(doc.issuer.site_name), s["base"])]
    head_left += [Paragraph(escape(line), s["base"]) for line in doc.issuer.address_lines]
    title_style = ParagraphStyle("contract_title", parent=s["title"], fontSize=13, leading=16)
    head_right = [Paragraph(t(msg("rental", "CONTRAT DE LOCATION")), title_style),
                  Paragraph(t(msg("rental", "N° <b>{reference}</b>", reference=escape(doc.reference))), s["right"])]
    story: list[Flowable] = [_two(head_left, head_right), Spacer(1, 6 * mm)]
    recipient: list[Flowable] = [Paragraph(t(doc.recipient_title), s["box_title"])]
    recipient += [Paragraph(escape(line), s["bold"] if i == 0 else s["base"])
                  for i, line in enumerate(doc.recipient_lines)]
    if doc.driver_lines:
        recipient += [Spacer(1, 2 * mm), Paragraph(t(msg("rental", "Conducteur")), s["box_title"])]
        recipient += [Paragraph(escape(line), s["base"]) for line in doc.driver_lines]
    facts = Table([[Paragraph(t(k), s["small"]), Paragraph(escape(v), s["base"])] for k, v in doc.facts],
                  colWidths=[38 * mm, 56 * mm])
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    box = Table([[facts, recipient]], colWidths=[96 * mm, 78 * mm])
    box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                             ("BOX", (1, 0), (1, 0), 0.8, ACCENT), ("LEFTPADDING", (1, 0), (1, 0), 4 * mm)]))
    story += [box, Spacer(1, 6 * mm)]
    title = (msg("rental", "Tarif de la prise en charge") if doc.for_pec
             else msg("rental", "Montants à charge du client"))
    story.append(Paragraph(t(title), s["bold"]))
    rows: list[list[str | Flowable]] = [[t(msg("rental", "Désignation")), t(msg("rental", "Quantité")),
                                         t(msg("rental", "P.U. HTVA")), t(msg("rental", "Montant HTVA"))]]
    rows += [[Paragraph(escape(label), s["base"]), q, u, a] for label, q, u, a in doc.lines]
    rows.append([t(msg("rental", "Total HTVA / TVAC")), "", "", f"{doc.total_excl} / {doc.total_incl}"])
    table = Table(rows, colWidths=[92 * mm, 22 * mm, 26 * mm, 34 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9), ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, -1), (-1, -1), BOLD)]))
    story += [Spacer(1, 2 * mm), table, Spacer(1, 4 * mm), Paragraph(t(doc.day_rule), s["small"])]
    if doc.damage_out:
        story += [Spacer(1, 2 * mm), Paragraph(t(msg("rental", "Dommages au départ : {notes}",
                                                     notes=escape(doc.damage_out))), s["base"])]
    story += [Spacer(1, 14 * mm), _signatures(t, s)]
    pdf.build(story)
    return buffer.getvalue()


def _two(left: Sequence[Flowable], right: Sequence[Flowable]) -> Table:
    table = Table([[left, right]], colWidths=[100 * mm, 74 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _signatures(t: Callable[[Message], str], s: dict[str, ParagraphStyle]) -> Table:
    left = [Paragraph(t(msg("rental", "Signature du client (lu et approuvé)")), s["small"]), Spacer(1, 22 * mm)]
    right = [Paragraph(t(msg("rental", "Signature de l'agence")), s["small"]), Spacer(1, 22 * mm)]
    table = Table([[left, right]], colWidths=[85 * mm, 85 * mm])
    table.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.6, GRID), ("BOX", (1, 0), (1, 0), 0.6, GRID),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table
