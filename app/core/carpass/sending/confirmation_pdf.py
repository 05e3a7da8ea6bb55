"""The Car-Pass confirmation as a PDF: one A4 page per reading Car-Pass received (site,
establishment and enterprise numbers, vehicle, reading, requestGuid, the work description
Car-Pass received, who sent it and when, the corrections, the vehicle-history link),
drawn with the shared page writer."""

from __future__ import annotations

import io
from collections.abc import Generator, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core.carpass.sending.confirmation import Confirmation
from app.core.carpass.state_names import state_name
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.pdf.fonts import BOLD, REGULAR, register_fonts
from app.core.pdf.page_writer import BLACK, PageWriter, TextStyle
from app.core.progress import CancelToken, Progress
from app.core.timeutil import format_date, format_local, utcnow

ACCENT = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#e8eef5")
GRID = colors.HexColor("#b8c4d0")
WARN = colors.HexColor("#8a5a00")

BASE = TextStyle(REGULAR, 10, 13, BLACK, BOLD)
STRONG = TextStyle(BOLD, 10, 13, BLACK, BOLD)
LABEL = TextStyle(REGULAR, 8.5, 13, colors.HexColor("#555555"), BOLD)
TITLE = TextStyle(BOLD, 17, 21, ACCENT, BOLD)
COMPANY = TextStyle(BOLD, 13, 16, ACCENT, BOLD)
SECTION = TextStyle(BOLD, 10.5, 14, ACCENT, BOLD)
BIG = TextStyle(BOLD, 14, 18, BLACK, BOLD)
LINK = TextStyle(REGULAR, 8.5, 11, ACCENT, BOLD)
NOTE = TextStyle(REGULAR, 8.5, 11, WARN, BOLD)
FOOTER = TextStyle(REGULAR, 7.5, 9, colors.HexColor("#444444"), BOLD)

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 20 * mm
WIDTH = PAGE_WIDTH - 40 * mm
RIGHT = LEFT + WIDTH
TOP = PAGE_HEIGHT - 20 * mm
KEY_WIDTH = 52 * mm


def format_km(value: int) -> str:
    """``125 896 km`` (narrow no-break spaces between thousands)."""
    return f"{value:,} km".replace(",", "\u202f")


class ConfirmationRenderer:
    """Draws confirmation pages one at a time into one PDF."""

    def __init__(self, printed_by: str, translate: Translator = identity_translator):
        register_fonts()
        self.translate = translate
        self.printed_by = printed_by
        self.printed_at = utcnow()
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=A4)
        self.canvas.setTitle(self.t(msg("carpass", "Confirmations Car-Pass")))
        self.w = PageWriter(self.canvas, self.footer)
        self.current: Confirmation | None = None
        self.y = TOP
        self.pages = 0

    def t(self, message: Message) -> str:
        """``message`` in the document's language."""
        return message.render(self.translate)

    def page(self, c: Confirmation) -> None:
        """The page of one reading."""
        self.current, self.y = c, TOP
        if self.pages == 0:
            self.canvas.setAuthor(c.company_name)
        self.header(c)
        self.section(msg("carpass", "Établissement"), [
            (msg("carpass", "Site"), c.site_name, BASE),
            (msg("carpass", "Adresse"), c.site_address or "—", BASE),
            (msg("carpass", "N° d'établissement"), c.establishment_number, STRONG),
            (msg("carpass", "N° d'entreprise"), c.enterprise_number, BASE),
        ])
        self.section(msg("carpass", "Véhicule et relevé"), [
            (msg("carpass", "Numéro de châssis (VIN)"), c.vin, BIG),
            (msg("carpass", "Immatriculation"), c.plate or "—", STRONG),
            (msg("carpass", "Première immatriculation"),
             format_date(c.first_registration) if c.first_registration else "—", BASE),
            (msg("carpass", "Date du relevé"), format_date(c.reading_date), STRONG),
            (msg("carpass", "Kilométrage"), format_km(c.odometer), BIG),
            (msg("carpass", "Dossier"), str(c.dossier), BASE),
        ])
        state = self.t(state_name(c.state))
        if c.state == "anomaly" and c.message:
            state = f"{state} : {c.message}"
        sender = f"{c.sent_by_name} ({c.sent_by})" if c.sent_by_name else (c.sent_by or "—")
        self.section(msg("carpass", "Envoi à Car-Pass"), [
            (msg("carpass", "requestGuid"), c.request_guid, STRONG),
            (msg("carpass", "État"), state, BASE),
            (msg("carpass", "Envoyé le"), format_local(c.sent_at, with_seconds=True) if c.sent_at else "—", BASE),
            (msg("carpass", "Envoyé par"), sender, BASE),
        ])
        self.work(c)
        self.corrections(c)
        self.history_link(c)
        self.w.end_page()
        self.pages += 1

    def header(self, c: Confirmation) -> None:
        """The company, then the document's title and what it proves, a rule under them
        (stacked: a long title in Dutch never runs into the company's name)."""
        w, top = self.w, self.y
        w.text(LEFT, COMPANY.first_baseline(top), c.company_name, COMPANY)
        top -= COMPANY.leading + 2 * mm
        w.text(LEFT, TITLE.first_baseline(top), self.t(msg("carpass", "Confirmation d'envoi Car-Pass")), TITLE)
        top -= TITLE.leading
        w.text(LEFT, BASE.first_baseline(top), self.t(msg("carpass", "Relevé kilométrique reçu par Car-Pass")), BASE)
        self.y = top - BASE.leading - 3 * mm
        w.rule(LEFT, self.y, RIGHT, ACCENT, 1.2)
        self.y -= 5 * mm

    def section(self, title: Message, rows: list[tuple[Message | None, str, TextStyle]]) -> None:
        """A titled block of label / value rows."""
        w = self.w
        w.fill(LEFT, self.y - SECTION.leading - 2, WIDTH, SECTION.leading + 2, LIGHT)
        w.text(LEFT + 2 * mm, SECTION.first_baseline(self.y - 1), self.t(title), SECTION)
        self.y -= SECTION.leading + 4
        for key, value, style in rows:
            row = max(style.leading, LABEL.leading) + 2
            middle = self.y - row / 2
            if key is not None:
                w.text(LEFT + 2 * mm, middle - LABEL.size * 0.36, self.t(key), LABEL)
            used = w.paragraph(LEFT + KEY_WIDTH, self.y - (row - style.leading) / 2, value, style,
                               WIDTH - KEY_WIDTH - 2 * mm)
            self.y -= max(row, used + 2)
            w.rule(LEFT, self.y, RIGHT, GRID, 0.3)
        self.y -= 5 * mm

    def work(self, c: Confirmation) -> None:
        """The work description of the dossier, one descriptor a line."""
        rows: list[tuple[Message | None, str, TextStyle]] = [
            (msg("carpass", "Travaux") if index == 0 else None,
             self.t(msg("carpass", "{category} : {label}", category=category, label=label)) if category else label,
             BASE)
            for index, (category, label) in enumerate(c.description)]
        if not rows:
            rows = [(msg("carpass", "Travaux"), self.t(msg("carpass", "aucune description reçue par Car-Pass")),
                     NOTE)]
        if c.description_state is not None:
            rows.append((msg("carpass", "Nouvelle description"),
                         self.t(msg("carpass", "demandée, {state}", state=state_name(c.description_state))), NOTE))
        self.section(msg("carpass", "Description des travaux"), rows)

    def corrections(self, c: Confirmation) -> None:
        """Every correction of the reading: km, reason, who asked and when, state."""
        if not c.corrections:
            return
        rows: list[tuple[Message | None, str, TextStyle]] = []
        for line in c.corrections:
            rows.append((msg("carpass", "Kilométrage corrigé"), format_km(line.km), STRONG))
            rows.append((msg("carpass", "Raison"), line.reason or "—", BASE))
            rows.append((msg("carpass", "Demandée par"), self.t(msg(
                "carpass", "{user} le {when}", user=line.requested_by or "—",
                when=format_local(line.requested_at))), BASE))
            state = self.t(state_name(line.state))
            if line.sent_at is not None:
                state = self.t(msg("carpass", "{state} le {when}", state=state, when=format_local(line.sent_at)))
            rows.append((msg("carpass", "État"), state, BASE))
        self.section(msg("carpass", "Corrections"), rows)

    def history_link(self, c: Confirmation) -> None:
        """The vehicle-history report of the request at Car-Pass, as a clickable address."""
        w = self.w
        w.text(LEFT + 2 * mm, LABEL.first_baseline(self.y), self.t(msg("carpass", "Historique du véhicule (Car-Pass)")),
               LABEL)
        self.y -= LABEL.leading
        lines = w.wrap(c.history_url, LINK, WIDTH - 4 * mm)
        top = self.y
        for line in lines:
            w.text(LEFT + 2 * mm, LINK.first_baseline(self.y), line, LINK)
            self.y -= LINK.leading
        self.canvas.linkURL(c.history_url, (LEFT, self.y, RIGHT, top), relative=0)

    def footer(self, w: PageWriter) -> None:
        """Who printed the page and when, and the reading it proves."""
        c = self.current
        w.rule(LEFT, 16 * mm, RIGHT, GRID, 1)
        w.text(LEFT, 12 * mm, self.t(msg("carpass", "Imprimé le {when} par {user}",
                                         when=format_local(self.printed_at), user=self.printed_by)), FOOTER)
        if c is not None:
            w.text(RIGHT, 12 * mm, self.t(msg("carpass", "Dossier {dossier} — relevé {reading}", dossier=c.dossier,
                                              reading=c.reading_id)), FOOTER, "right")

    def finish(self) -> bytes:
        """The PDF's bytes (after the last page)."""
        self.canvas.save()
        return self.buffer.getvalue()


def render_confirmations(confirmations: Sequence[Confirmation], printed_by: str,
                         translate: Translator = identity_translator) -> bytes:
    """One PDF, one page per confirmation, in the order given."""
    if not confirmations:
        raise ValueError("no confirmation to print")
    renderer = ConfirmationRenderer(printed_by, translate)
    for confirmation in confirmations:
        renderer.page(confirmation)
    return renderer.finish()


def write_confirmations(path: Path, confirmations: Sequence[Confirmation], printed_by: str,
                        translate: Translator = identity_translator,
                        token: CancelToken | None = None) -> Generator[Progress, None, int]:
    """Draw the confirmations (one page each) into ``path``, which appears complete or not
    at all; yields progress per page; returns the pages written (0 when cancelled)."""
    if not confirmations:
        raise ValueError("no confirmation to print")
    renderer = ConfirmationRenderer(printed_by, translate)
    for index, confirmation in enumerate(confirmations, 1):
        if token is not None and token.cancelled:
            return 0
        renderer.page(confirmation)
        yield Progress(index, len(confirmations), msg("carpass", "Confirmations : {done} / {total}", done=index,
                                                      total=len(confirmations)))
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(renderer.finish())
    partial.replace(path)
    return renderer.pages
