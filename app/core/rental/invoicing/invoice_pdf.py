"""PDF of one or several invoices / credit notes (reportlab), each starting on its own page."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.core.i18n import Translator, identity_translator, msg
from app.core.rental.invoicing.documents import InvoiceDocument
from app.core.rental.invoicing.fonts import BOLD, register_fonts
from app.core.rental.invoicing.formatting import (
    format_amount,
    format_decimal,
    format_iban,
    format_rate,
    format_unit_price,
)
from app.core.rental.invoicing.models import PAYER_PEC
from app.core.timeutil import format_date

ACCENT = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#e8eef5")
GRID = colors.HexColor("#b8c4d0")


class _Marker(Flowable):
    """Zero-size flowable telling the page footer which document is being printed."""

    def __init__(self, document: InvoiceDocument):
        super().__init__()
        self.document = document
        self.width = self.height = 0

    def draw(self):
        self.canv._atelier_document = self.document  # read by the footer at page end
        self.canv._atelier_first_page = self.canv.getPageNumber()


def styles(font: str) -> dict[str, ParagraphStyle]:
    """The paragraph styles of Atelier's rental documents."""
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=11.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444")),
        "company": ParagraphStyle("company", parent=base, fontName=BOLD, fontSize=14, leading=17, textColor=ACCENT),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20, alignment=TA_RIGHT,
                                textColor=ACCENT),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "bold": ParagraphStyle("bold", parent=base, fontName=BOLD),
        "box_title": ParagraphStyle("box_title", parent=base, fontSize=7.5, textColor=colors.HexColor("#555555")),
    }


def escape(text: str) -> str:
    """Text made safe for a reportlab Paragraph."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Renderer:
    def __init__(self, translate: Translator):
        self.t = lambda message: message.render(translate)
        self.font = register_fonts()
        self.s = styles(self.font)

    def header(self, d: InvoiceDocument) -> list:
        title = self.t(msg("rental", "NOTE DE CRÉDIT") if d.kind == "credit_note" else msg("rental", "FACTURE"))
        issuer = d.issuer
        left = [Paragraph(escape(issuer.name), self.s["company"]),
                Paragraph(escape(issuer.site_name), self.s["base"])]
        left += [Paragraph(escape(line), self.s["base"]) for line in issuer.address_lines]
        left.append(Paragraph(self.t(msg("rental", "N° d'entreprise : {number}", number=escape(issuer.enterprise_number))),
                              self.s["base"]))
        contact = " · ".join(p for p in (issuer.phone, issuer.email) if p)
        if contact:
            left.append(Paragraph(escape(contact), self.s["small"]))
        right = [Paragraph(title, self.s["title"]), Spacer(1, 2 * mm),
                 Paragraph(self.t(msg("rental", "N° <b>{reference}</b>", reference=escape(d.reference))), self.s["right"]),
                 Paragraph(self.t(msg("rental", "Date : {date}", date=format_date(d.issue_date))), self.s["right"])]
        if d.kind != "credit_note":
            right.append(Paragraph(self.t(msg("rental", "Échéance : {date}", date=format_date(d.due_date))),
                                   self.s["right"]))
        table = Table([[left, right]], colWidths=[100 * mm, 74 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [table, Spacer(1, 6 * mm)]

    def parties(self, d: InvoiceDocument) -> list:
        refs = [[self.t(msg("rental", "Contrat")), d.dossier_number]]
        if d.vehicle_plate:
            refs.append([self.t(msg("rental", "Véhicule")), d.vehicle_plate])
        if d.period_text:
            refs.append([self.t(msg("rental", "Période")), d.period_text])
        if d.payer_role == PAYER_PEC:
            refs.append([self.t(msg("rental", "Accord PEC")), d.pec_agreement])
            refs.append([self.t(msg("rental", "Dossier assistance")), d.pec_file_number])
        if d.cancels_reference:
            refs.append([self.t(msg("rental", "Annule la facture")), d.cancels_reference])
        ref_table = Table([[Paragraph(escape(k), self.s["small"]), Paragraph(escape(v), self.s["base"])] for k, v in refs],
                          colWidths=[30 * mm, 60 * mm])
        ref_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        role = {"pec": msg("rental", "Facturé à (prise en charge)"), "client": msg("rental", "Facturé au bénéficiaire"),
                "customer": msg("rental", "Facturé à")}[d.payer_role]
        payer = [Paragraph(self.t(role), self.s["box_title"]), Paragraph(escape(d.payer_name), self.s["bold"])]
        payer += [Paragraph(escape(line), self.s["base"]) for line in d.payer_address_lines]
        if d.payer_vat_number:
            payer.append(Paragraph(self.t(msg("rental", "TVA : {vat}", vat=escape(d.payer_vat_number))), self.s["base"]))
        table = Table([[ref_table, payer]], colWidths=[94 * mm, 80 * mm])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("BOX", (1, 0), (1, 0), 0.8, ACCENT), ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
            ("TOPPADDING", (1, 0), (1, 0), 2 * mm), ("BOTTOMPADDING", (1, 0), (1, 0), 3 * mm)]))
        return [table, Spacer(1, 7 * mm)]

    def lines(self, d: InvoiceDocument) -> list:
        head = [self.t(msg("rental", "Désignation")), self.t(msg("rental", "Quantité")),
                self.t(msg("rental", "P.U. HTVA")), self.t(msg("rental", "TVA")), self.t(msg("rental", "Montant HTVA"))]
        rows = [[Paragraph(f"<b>{escape(h)}</b>", self.s["base"] if i == 0 else self.s["right"])
                 for i, h in enumerate(head)]]
        for line in d.lines:
            rows.append([Paragraph(escape(line.label), self.s["base"]), format_decimal(line.quantity, 3),
                         format_unit_price(line.unit_price), format_rate(line.vat_rate),
                         format_amount(line.amount)])
        table = Table(rows, colWidths=[80 * mm, 20 * mm, 25 * mm, 16 * mm, 33 * mm], repeatRows=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font), ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [table, Spacer(1, 5 * mm)]

    def totals(self, d: InvoiceDocument) -> list:
        vat_rows = [[self.t(msg("rental", "Taux TVA")), self.t(msg("rental", "Base HTVA")), self.t(msg("rental", "TVA"))]]
        vat_rows += [[format_rate(rate), format_amount(base), format_amount(vat)] for rate, base, vat in d.vat_lines]
        vat_table = Table(vat_rows, colWidths=[22 * mm, 28 * mm, 24 * mm])
        vat_table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font), ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
            ("GRID", (0, 0), (-1, -1), 0.3, GRID)]))
        totals = [[self.t(msg("rental", "Total HTVA")), format_amount(d.total_excl)],
                  [self.t(msg("rental", "TVA")), format_amount(d.total_vat)],
                  [self.t(msg("rental", "Total TVAC")), format_amount(d.total_incl)]]
        total_table = Table(totals, colWidths=[34 * mm, 32 * mm])
        total_table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONTNAME", (0, 2), (-1, 2), BOLD),
            ("FONTSIZE", (0, 2), (-1, 2), 11), ("LINEABOVE", (0, 2), (-1, 2), 1, ACCENT),
            ("BACKGROUND", (0, 2), (-1, 2), LIGHT)]))
        table = Table([[vat_table, total_table]], colWidths=[100 * mm, 74 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                                   ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
        return [KeepTogether([table]), Spacer(1, 8 * mm)]

    def payment(self, d: InvoiceDocument) -> list:
        if d.kind == "credit_note":
            text = self.t(msg("rental", "Cette note de crédit annule la facture {reference} ; le montant sera "
                                        "déduit de votre solde ou remboursé.", reference=escape(d.cancels_reference)))
            body = [Paragraph(text, self.s["base"])]
        else:
            body = [Paragraph(self.t(msg("rental", "Conditions de paiement")), self.s["bold"]),
                    Paragraph(self.t(msg("rental", "À payer au plus tard le {date} sur le compte {iban} "
                                                   "avec la communication structurée :",
                                         date=format_date(d.due_date), iban=escape(format_iban(d.issuer.iban) or "—"))),
                              self.s["base"]),
                    Spacer(1, 1.5 * mm),
                    Paragraph(f"<b>{escape(d.structured_communication)}</b>",
                              ParagraphStyle("ogm", parent=self.s["base"], fontSize=13, leading=16, textColor=ACCENT))]
        if d.note:
            body.append(Paragraph(escape(d.note), self.s["small"]))
        box = Table([[body]], colWidths=[174 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]))
        return [KeepTogether([box])]

    def footer(self, canvas, _doc) -> None:
        document: InvoiceDocument | None = getattr(canvas, "_atelier_document", None)
        if document is None:
            return
        issuer = document.issuer
        canvas.saveState()
        canvas.setStrokeColor(GRID)
        canvas.line(18 * mm, 16 * mm, A4[0] - 18 * mm, 16 * mm)
        canvas.setFont(self.font, 7.5)
        parts = [issuer.name, issuer.enterprise_number]
        if issuer.iban:
            parts.append(f"IBAN {format_iban(issuer.iban)}")
        canvas.drawString(18 * mm, 12 * mm, " · ".join(parts))
        canvas.drawRightString(A4[0] - 18 * mm, 12 * mm, self.t(msg(
            "rental", "{reference} — page {page}", reference=document.reference,
            page=canvas.getPageNumber() - getattr(canvas, "_atelier_first_page", 1) + 1)))
        canvas.restoreState()


def render_invoices(documents: Sequence[InvoiceDocument], translate: Translator = identity_translator) -> bytes:
    """One PDF holding every document in order, each starting on a new page."""
    if not documents:
        raise ValueError("no invoice to print")
    renderer = _Renderer(translate)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                          bottomMargin=22 * mm, title=", ".join(d.reference for d in documents),
                          author=documents[0].issuer.name)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="invoice", frames=[frame], onPageEnd=renderer.footer)])
    story: list = []
    for index, document in enumerate(documents):
        if index:
            story.append(PageBreak())
        story.append(_Marker(document))
        story += renderer.header(document)
        story += renderer.parties(document)
        story += renderer.lines(document)
        story += renderer.totals(document)
        story += renderer.payment(document)
    doc.build(story)
    return buffer.getvalue()
