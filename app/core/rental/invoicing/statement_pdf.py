"""The monthly statement of an assistance company as a PDF: issuer and company, the balance
carried over, the month's invoices, credit notes and payments with the running balance,
the totals and the balance due with the bank account. The table continues on further
pages under its column titles."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.pdf.fonts import BOLD, register_fonts
from app.core.rental.invoicing.formatting import format_amount, format_iban
from app.core.rental.invoicing.invoice_pdf import ACCENT, GRID, LIGHT, escape, styles
from app.core.rental.invoicing.statement import Statement, kind_text, month_title
from app.core.timeutil import format_date, local_today


def render_statement(statement: Statement, translate: Translator = identity_translator) -> bytes:
    """The statement as a PDF (A4, as many pages as its lines need)."""
    font = register_fonts()
    s = styles(font)

    def t(message: Message) -> str:
        return message.render(translate)

    month = t(month_title(statement.year, statement.month))
    buffer = io.BytesIO()
    issuer = statement.issuer

    def footer(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setStrokeColor(GRID)
        canvas.line(18 * mm, 16 * mm, A4[0] - 18 * mm, 16 * mm)
        parts = [issuer.name, issuer.enterprise_number] + ([f"IBAN {format_iban(issuer.iban)}"] if issuer.iban else [])
        canvas.drawString(18 * mm, 12 * mm, " · ".join(parts))
        canvas.drawRightString(A4[0] - 18 * mm, 12 * mm, t(msg("rental", "Relevé {month} — page {page}", month=month,
                                                                page=document.page)))
        canvas.restoreState()

    pdf = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=22 * mm, title=t(msg("rental", "Relevé {company} {month}",
                                                              company=statement.company_name, month=month)),
                            author=issuer.name)
    left = [Paragraph(escape(issuer.name), s["company"]), Paragraph(escape(issuer.site_name), s["base"])]
    left += [Paragraph(escape(line), s["base"]) for line in issuer.address_lines]
    left.append(Paragraph(escape(t(msg("rental", "N° d'entreprise : {number}", number=issuer.enterprise_number))),
                          s["base"]))
    right = [Paragraph(t(msg("rental", "RELEVÉ DE COMPTE")), s["title"]),
             Paragraph(escape(month), s["right"]),
             Paragraph(t(msg("rental", "établi le {date}", date=format_date(local_today()))), s["right"])]
    head = Table([[left, right]], colWidths=[100 * mm, 74 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    company = [Paragraph(t(msg("rental", "Société d'assistance")), s["box_title"]),
               Paragraph(escape(statement.company_name), s["bold"])]
    company += [Paragraph(escape(line), s["base"]) for line in statement.company_lines]
    if statement.company_vat:
        company.append(Paragraph(escape(t(msg("rental", "TVA : {vat}", vat=statement.company_vat))), s["base"]))
    box = Table([["", company]], colWidths=[94 * mm, 80 * mm])
    box.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.8, ACCENT), ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    rows = [[t(msg("rental", "Date")), t(msg("rental", "Type")), t(msg("rental", "Numéro")),
             t(msg("rental", "Contrat")),
             t(msg("rental", "Dossier assistance")), t(msg("rental", "Débit")), t(msg("rental", "Crédit")),
             t(msg("rental", "Solde"))],
            [format_date(statement.first_day), t(msg("rental", "Solde reporté")), "", "", "", "", "",
             format_amount(statement.opening)]]
    for line in statement.lines:
        rows.append([format_date(line.day), t(kind_text(line.kind)), line.reference, line.contract,
                     line.file_number, format_amount(line.debit) if line.debit else "",
                     format_amount(line.credit) if line.credit else "", format_amount(line.balance)])
    rows.append([format_date(statement.last_day), t(msg("rental", "Solde dû")), "", "", "",
                 format_amount(statement.invoiced), format_amount(statement.credited + statement.paid),
                 format_amount(statement.closing)])
    table = Table(rows, colWidths=[19 * mm, 24 * mm, 29 * mm, 18 * mm, 26 * mm, 19 * mm, 19 * mm, 20 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("FONTNAME", (0, 0), (-1, 0), BOLD), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID), ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, -1), (-1, -1), BOLD),
        ("BACKGROUND", (0, -1), (-1, -1), LIGHT), ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT)]))
    totals = [[t(msg("rental", "Facturé ce mois")), format_amount(statement.invoiced)],
              [t(msg("rental", "Notes de crédit")), format_amount(statement.credited)],
              [t(msg("rental", "Règlements reçus")), format_amount(statement.paid)],
              [t(msg("rental", "Solde dû au {date}", date=format_date(statement.last_day))),
               format_amount(statement.closing)]]
    summary = Table(totals, colWidths=[60 * mm, 30 * mm], hAlign="RIGHT")
    summary.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                 ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONTNAME", (0, -1), (-1, -1), BOLD),
                                 ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT)]))
    story = [head, Spacer(1, 6 * mm), box, Spacer(1, 6 * mm), table, Spacer(1, 5 * mm), summary, Spacer(1, 5 * mm)]
    if statement.closing > 0:
        story.append(Paragraph(t(msg("rental", "Merci de régler le solde de {amount} sur le compte {iban} en "
                                               "rappelant les communications structurées de chaque facture.",
                                     amount=format_amount(statement.closing),
                                     iban=escape(format_iban(issuer.iban) or "—"))), s["base"]))
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
