"""PDF of one or several invoices / credit notes, each starting on its own page.

The layout is fixed (header, references and payer, lines, VAT and totals, payment box), so
it is drawn straight onto the canvas (:mod:`app.core.pdf.page_writer`) rather than laid out by platypus:
only the texts that can be long (line labels, period, addresses, payment sentence) are
measured and wrapped. The invoice lines continue on further pages, under their column
titles, when they do not fit; the totals and the payment box are never split.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.pdf.fonts import BOLD, REGULAR, register_fonts
from app.core.pdf.page_writer import BLACK, PageWriter, TextStyle, plain
from app.core.rental.invoicing.documents import InvoiceDocument
from app.core.rental.invoicing.formatting import (
    format_amount,
    format_decimal,
    format_iban,
    format_rate,
    format_unit_price,
)
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE
from app.core.rental.kinds import PayerRole
from app.core.timeutil import format_date

ACCENT = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#e8eef5")
GRID = colors.HexColor("#b8c4d0")


def styles(font: str) -> dict[str, ParagraphStyle]:
    """The paragraph styles of Atelier's rental documents (platypus, for the contract)."""
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


# Text styles of the invoice (same fonts, sizes and colours as the contract's paragraph styles).
BASE = TextStyle(REGULAR, 9, 11.5, BLACK, BOLD)
STRONG = TextStyle(BOLD, 9, 11.5, BLACK, BOLD)
SMALL = TextStyle(REGULAR, 7.5, 9.5, colors.HexColor("#444444"), BOLD)
BOX_TITLE = TextStyle(REGULAR, 7.5, 11.5, colors.HexColor("#555555"), BOLD)
COMPANY = TextStyle(BOLD, 14, 17, ACCENT, BOLD)
TITLE = TextStyle(BOLD, 16, 20, ACCENT, BOLD)
CELL = TextStyle(REGULAR, 9, 10.8, BLACK, BOLD)
VAT_CELL = TextStyle(REGULAR, 8, 9.6, BLACK, BOLD)
TOTAL = TextStyle(REGULAR, 9.5, 11.4, BLACK, BOLD)
GRAND_TOTAL = TextStyle(BOLD, 11, 13.2, BLACK, BOLD)
COMMUNICATION = TextStyle(BOLD, 13, 16, ACCENT, BOLD)
FOOTER = TextStyle(REGULAR, 7.5, 9, BLACK, BOLD)

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 18 * mm
WIDTH = PAGE_WIDTH - 36 * mm  # 174 mm
RIGHT = LEFT + WIDTH
TOP = PAGE_HEIGHT - 16 * mm - 6
BOTTOM = 22 * mm + 6
PAD = 6  # cell padding left / right
LINE_COLUMNS = (80 * mm, 20 * mm, 25 * mm, 16 * mm, 33 * mm)
VAT_COLUMNS = (22 * mm, 28 * mm, 24 * mm)
TOTAL_COLUMNS = (34 * mm, 32 * mm)


class _Renderer:
    """Draws documents one after the other; ``y`` is the top of the free space on the page."""

    def __init__(self, canvas: Canvas, translate: Translator):
        self.translate = translate
        self.w = PageWriter(canvas, self.footer)
        self.canvas = canvas
        self.document: InvoiceDocument | None = None
        self.first_page = 1
        self.y = TOP

    def t(self, message: Message) -> str:
        """``message`` in the document's language."""
        return message.render(self.translate)

    def new_page(self) -> None:
        """End the page (footer included) and start the next one of the same document."""
        self.w.end_page()
        self.y = TOP

    def fits(self, height: float) -> bool:
        """True when ``height`` points still fit above the bottom margin."""
        return self.y - height >= BOTTOM

    def document_pages(self, document: InvoiceDocument) -> None:
        """Every page of one document."""
        self.document = document
        self.first_page = self.canvas.getPageNumber()
        self.y = TOP
        self.header(document)
        self.parties(document)
        self.lines(document)
        self.totals(document)
        self.payment(document)
        self.w.end_page()

    # --- blocks ---------------------------------------------------------------------------

    def header(self, d: InvoiceDocument) -> None:
        """Issuer on the left; kind, number and dates on the right."""
        w, top, issuer = self.w, self.y, d.issuer
        left = w.paragraph(LEFT, top, issuer.name, COMPANY, 100 * mm)
        for line in (issuer.site_name, *issuer.address_lines):
            left += w.paragraph(LEFT, top - left, line, BASE, 100 * mm)
        number = plain(self.t(msg("rental", "N° d'entreprise : {number}", number=escape(issuer.enterprise_number))))
        left += w.paragraph(LEFT, top - left, number, BASE, 100 * mm)
        contact = " · ".join(p for p in (issuer.phone, issuer.email) if p)
        if contact:
            left += w.paragraph(LEFT, top - left, contact, SMALL, 100 * mm)
        title = self.t(msg("rental", "NOTE DE CRÉDIT") if d.kind == KIND_CREDIT_NOTE else msg("rental", "FACTURE"))
        if d.draft:
            title = self.t(msg("rental", "PROJET DE FACTURE"))
        w.rich(RIGHT, TITLE.first_baseline(top), title, TITLE, "right")
        right = TITLE.leading + 2 * mm
        number_text = (msg("rental", "N° attribué à la validation") if d.draft
                       else msg("rental", "N° <b>{reference}</b>", reference=escape(d.reference)))
        texts = [self.t(number_text), self.t(msg("rental", "Date : {date}", date=format_date(d.issue_date)))]
        if d.kind != KIND_CREDIT_NOTE and not d.draft:
            texts.append(self.t(msg("rental", "Échéance : {date}", date=format_date(d.due_date))))
        for text in texts:
            w.rich(RIGHT, BASE.first_baseline(top - right), text, BASE, "right")
            right += BASE.leading
        self.y = top - max(left, right) - 6 * mm

    def parties(self, d: InvoiceDocument) -> None:
        """Contract references on the left, the payer framed on the right."""
        refs = [(msg("rental", "Contrat"), d.dossier_number)]
        if d.vehicle_plate:
            refs.append((msg("rental", "Véhicule"), d.vehicle_plate))
        if d.period_text:
            refs.append((msg("rental", "Période"), d.period_text))
        if d.payer_role == PayerRole.PEC:
            refs.append((msg("rental", "Accord PEC"), d.pec_agreement))
            refs.append((msg("rental", "Dossier assistance"), d.pec_file_number))
        if d.cancels_reference:
            refs.append((msg("rental", "Annule la facture"), d.cancels_reference))
        w, top = self.w, self.y - 3
        used = 0.0
        for key, value in refs:
            row_top = top - used - 1
            keys = w.paragraph(LEFT, row_top, self.t(key), SMALL, 30 * mm - PAD)
            values = w.paragraph(LEFT + 30 * mm, row_top, value, BASE, 60 * mm - PAD)
            used += max(keys, values) + 2
        role = {"pec": msg("rental", "Facturé à (prise en charge)"), "client": msg("rental", "Facturé au bénéficiaire"),
                "customer": msg("rental", "Facturé à")}[d.payer_role]
        box_x, box_width = LEFT + 94 * mm, 80 * mm
        text_x, text_width = box_x + 4 * mm, box_width - 4 * mm - PAD
        inner = 2 * mm
        inner += w.paragraph(text_x, self.y - inner, plain(self.t(role)), BOX_TITLE, text_width)
        inner += w.paragraph(text_x, self.y - inner, d.payer_name, STRONG, text_width)
        for line in d.payer_address_lines:
            inner += w.paragraph(text_x, self.y - inner, line, BASE, text_width)
        if d.payer_vat_number:
            vat = plain(self.t(msg("rental", "TVA : {vat}", vat=escape(d.payer_vat_number))))
            inner += w.paragraph(text_x, self.y - inner, vat, BASE, text_width)
        height = max(used + 6, inner + 3 * mm)
        w.frame(box_x, self.y - height, box_width, height, ACCENT, 0.8)
        self.y -= height + 7 * mm

    def _line_titles(self) -> None:
        titles = [self.t(msg("rental", "Désignation")), self.t(msg("rental", "Quantité")),
                  self.t(msg("rental", "P.U. HTVA")), self.t(msg("rental", "TVA")),
                  self.t(msg("rental", "Montant HTVA"))]
        height = BASE.leading + 6
        self.w.fill(LEFT, self.y - height, WIDTH, height, LIGHT)
        self.w.rule(LEFT, self.y - height, RIGHT, ACCENT, 0.8)
        baseline = self.y - height / 2 - BASE.size * 0.36
        x = LEFT
        for index, (title, width) in enumerate(zip(titles, LINE_COLUMNS, strict=True)):
            if index == 0:
                self.w.text(x + PAD, baseline, plain(title), STRONG)
            else:
                self.w.text(x + width - PAD, baseline, plain(title), STRONG, "right")
            x += width
        self.y -= height

    def lines(self, d: InvoiceDocument) -> None:
        """The invoice lines under their column titles (repeated on every further page)."""
        w = self.w
        self._line_titles()
        for line in d.lines:
            label = w.wrap(line.label, BASE, LINE_COLUMNS[0] - 2 * PAD)
            height = max(len(label) * BASE.leading, CELL.leading) + 6
            if not self.fits(height):
                self.new_page()
                self._line_titles()
            top, middle = self.y, self.y - height / 2
            baseline = BASE.first_baseline(top - (height - len(label) * BASE.leading) / 2)
            for text in label:
                w.text(LEFT + PAD, baseline, text, BASE)
                baseline -= BASE.leading
            cells = (format_decimal(line.quantity, 3), format_unit_price(line.unit_price), format_rate(line.vat_rate),
                     format_amount(line.amount))
            x = LEFT + LINE_COLUMNS[0]
            for text, width in zip(cells, LINE_COLUMNS[1:], strict=True):
                x += width
                w.text(x - PAD, middle - CELL.size * 0.36, text, CELL, "right")
            self.y -= height
            w.rule(LEFT, self.y, RIGHT, GRID, 0.3)
        self.y -= 5 * mm

    def totals(self, d: InvoiceDocument) -> None:
        """VAT per rate on the left, the totals on the right; never split over two pages."""
        vat_rows = [(self.t(msg("rental", "Taux TVA")), self.t(msg("rental", "Base HTVA")),
                     self.t(msg("rental", "TVA")))]
        vat_rows += [(format_rate(rate), format_amount(base), format_amount(vat)) for rate, base, vat in d.vat_lines]
        row = VAT_CELL.leading + 6
        totals = [(self.t(msg("rental", "Total HTVA")), format_amount(d.total_excl), TOTAL),
                  (self.t(msg("rental", "TVA")), format_amount(d.total_vat), TOTAL),
                  (self.t(msg("rental", "Total TVAC")), format_amount(d.total_incl), GRAND_TOTAL)]
        totals_height = sum(style.leading + 6 for _l, _a, style in totals)
        if not self.fits(max(len(vat_rows) * row, totals_height) + 6):
            self.new_page()
        w, top = self.w, self.y - 3
        vat_width = sum(VAT_COLUMNS)
        w.fill(LEFT, top - row, vat_width, row, LIGHT)
        for index, cells in enumerate(vat_rows):
            baseline = top - index * row - row / 2 - VAT_CELL.size * 0.36
            x = LEFT
            for text, width in zip(cells, VAT_COLUMNS, strict=True):
                x += width
                w.text(x - PAD, baseline, plain(text), VAT_CELL, "right")
        grid_bottom = top - len(vat_rows) * row
        w.grid([LEFT, LEFT + VAT_COLUMNS[0], LEFT + VAT_COLUMNS[0] + VAT_COLUMNS[1], LEFT + vat_width],
               [top - i * row for i in range(len(vat_rows))] + [grid_bottom], GRID, 0.3)
        table_right = RIGHT - PAD
        table_left = table_right - sum(TOTAL_COLUMNS)
        y = top
        for label, amount, style in totals:
            height = style.leading + 6
            if style is GRAND_TOTAL:
                w.fill(table_left, y - height, table_right - table_left, height, LIGHT)
                w.rule(table_left, y, table_right, ACCENT, 1)
            baseline = y - height / 2 - style.size * 0.36
            w.text(table_left + PAD, baseline, plain(label), style)
            w.text(table_right - PAD, baseline, amount, style, "right")
            y -= height
        self.y = min(grid_bottom, y) - 3 - 8 * mm

    def payment(self, d: InvoiceDocument) -> None:
        """How to pay (or what the credit note does), framed; never split over two pages."""
        width = WIDTH - 4 * mm - PAD
        blocks: list[tuple[str, TextStyle, float]] = []  # (text, style, space before)
        if d.draft:
            blocks.append((plain(self.t(msg("rental", "Projet, sans valeur de facture : le numéro, l'échéance et la "
                                                      "communication structurée sont attribués à la validation. Ne "
                                                      "payez pas ce document."))), STRONG, 0))
        elif d.kind == KIND_CREDIT_NOTE:
            blocks.append((plain(self.t(msg("rental", "Cette note de crédit annule la facture {reference} ; le montant "
                                                      "sera déduit de votre solde ou remboursé.",
                                            reference=escape(d.cancels_reference)))), BASE, 0))
        else:
            blocks.append((plain(self.t(msg("rental", "Conditions de paiement"))), STRONG, 0))
            blocks.append((plain(self.t(msg("rental", "À payer au plus tard le {date} sur le compte {iban} avec la "
                                                      "communication structurée :", date=format_date(d.due_date),
                                            iban=escape(format_iban(d.issuer.iban) or "—")))), BASE, 0))
            blocks.append((d.structured_communication, COMMUNICATION, 1.5 * mm))
        if d.note:
            blocks.append((d.note, SMALL, 0))
        wrapped = [(self.w.wrap(text, style, width), style, before) for text, style, before in blocks]
        height = 6 * mm + sum(len(lines) * style.leading + before for lines, style, before in wrapped)
        if not self.fits(height):
            self.new_page()
        top = self.y - 3 * mm
        for lines, style, before in wrapped:
            top -= before
            baseline = style.first_baseline(top)
            for text in lines:
                self.w.text(LEFT + 4 * mm, baseline, text, style)
                baseline -= style.leading
            top -= len(lines) * style.leading
        self.w.frame(LEFT, self.y - height, WIDTH, height, ACCENT, 0.8)
        self.y -= height

    def footer(self, w: PageWriter) -> None:
        """Issuer and bank account, document number and page within the document."""
        document = self.document
        if document is None:
            return
        issuer = document.issuer
        w.rule(LEFT, 16 * mm, RIGHT, GRID, 1)
        parts = [issuer.name, issuer.enterprise_number]
        if issuer.iban:
            parts.append(f"IBAN {format_iban(issuer.iban)}")
        w.text(LEFT, 12 * mm, " · ".join(parts), FOOTER)
        page = self.canvas.getPageNumber() - self.first_page + 1
        reference = self.t(msg("rental", "Projet")) if document.draft else document.reference
        w.text(RIGHT, 12 * mm, self.t(msg("rental", "{reference} — page {page}", reference=reference,
                                          page=page)), FOOTER, "right")
        if document.draft:
            self.watermark()

    def watermark(self) -> None:
        """"PROJET" across the page, light, under the page's text."""
        canvas = self.canvas
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#c62828"))
        canvas.setFillAlpha(0.10)
        canvas.setFont(BOLD, 96)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(40)
        canvas.drawCentredString(0, -30, self.t(msg("rental", "PROJET")))
        canvas.restoreState()


def render_invoices(documents: Sequence[InvoiceDocument], translate: Translator = identity_translator) -> bytes:
    """One PDF holding every document in order, each starting on a new page."""
    if not documents:
        raise ValueError("no invoice to print")
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(msg("rental", "Projet de facture").render(translate) if documents[0].draft
                    else ", ".join(d.reference for d in documents))
    canvas.setAuthor(documents[0].issuer.name)
    renderer = _Renderer(canvas, translate)
    for document in documents:
        renderer.document_pages(document)
    canvas.save()
    return buffer.getvalue()
