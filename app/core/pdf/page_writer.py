"""Drawing straight onto a reportlab canvas: text measured once, wrapped only when it is
too wide, and one text object per page.

Documents with a fixed layout (invoices, Car-Pass confirmations) are drawn this way: laying
an invoice out with platypus (tables of ``Paragraph``s, each wrapped and split by the frame)
cost 4-5 times a bare canvas with the same text. This writer keeps the cost of a page close
to that of the bare text: graphics (rules, boxes, backgrounds) go to the canvas as they
come, every piece of text goes into one text object drawn on top of them when the page ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

BLACK = colors.black

_MARKUP = re.compile(r"(</?b>)")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


@dataclass(frozen=True)
class TextStyle:
    """Font, size, line height and colour of a piece of text (a light ``ParagraphStyle``)."""

    font: str
    size: float
    leading: float
    color: colors.Color = BLACK
    bold_font: str = ""

    def first_baseline(self, top: float) -> float:
        """Baseline of a line whose box (``leading`` high) starts at ``top``: glyphs centred in it."""
        return top - self.leading / 2 - self.size * 0.36


def unescape(text: str) -> str:
    """Undo the ``&amp;``, ``&lt;``, ``&gt;`` escaping of text meant for a reportlab ``Paragraph``."""
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    return text


def runs(text: str) -> list[tuple[str, bool]]:
    """``"N° <b>F-1</b>"`` → ``[("N° ", False), ("F-1", True)]``: the only markup the
    translated invoice texts use; entities are decoded."""
    if "<" not in text:
        return [(unescape(text), False)]
    result, bold = [], False
    for part in _MARKUP.split(text):
        if part == "<b>":
            bold = True
        elif part == "</b>":
            bold = False
        elif part:
            result.append((unescape(part), bold))
    return result


def plain(text: str) -> str:
    """The text of translated markup without its tags (for wrapping long sentences)."""
    return "".join(part for part, _bold in runs(text))


class PageWriter:
    """Text and graphics of the page being drawn; ``end_page`` shows it."""

    def __init__(self, canvas: Canvas, on_page_end: Callable[[PageWriter], None]):
        self.canvas = canvas
        self.on_page_end = on_page_end
        self._text: PDFTextObject | None = None
        self._font: tuple[str, float] | None = None
        self._color: colors.Color | None = None
        # The page's graphics state, set once per change.
        self._fill: colors.Color | None = None
        self._stroke: colors.Color | None = None
        self._line_width: float | None = None

    # --- text -----------------------------------------------------------------------------

    def _text_object(self) -> PDFTextObject:
        if self._text is None:
            self._text = self.canvas.beginText()
            self._font = self._color = None
        return self._text

    def _set(self, text_object: PDFTextObject, font: str, size: float, color: colors.Color) -> None:
        if self._font != (font, size):
            text_object.setFont(font, size)
            self._font = (font, size)
        if self._color is not color:
            text_object.setFillColor(color)
            self._color = color

    def text(self, x: float, y: float, text: str, style: TextStyle, align: str = "left", font: str = "") -> None:
        """One line of plain text with its baseline at ``y``; ``align`` left / right (at ``x``) / centre."""
        font = font or style.font
        if align != "left":
            width = stringWidth(text, font, style.size)
            x -= width if align == "right" else width / 2
        text_object = self._text_object()
        self._set(text_object, font, style.size, style.color)
        text_object.setTextOrigin(x, y)
        text_object.textOut(text)

    def rich(self, x: float, y: float, markup: str, style: TextStyle, align: str = "left") -> None:
        """One line of translated text that may hold ``<b>`` markup."""
        parts = runs(markup)
        if len(parts) == 1:
            self.text(x, y, parts[0][0], style, align, style.bold_font if parts[0][1] else style.font)
            return
        fonts = [style.bold_font if bold else style.font for _part, bold in parts]
        if align != "left":
            width = sum(stringWidth(part, font, style.size) for (part, _b), font in zip(parts, fonts, strict=True))
            x -= width if align == "right" else width / 2
        text_object = self._text_object()
        text_object.setTextOrigin(x, y)
        for (part, _bold), font in zip(parts, fonts, strict=True):
            self._set(text_object, font, style.size, style.color)
            text_object.textOut(part)

    @staticmethod
    def wrap(text: str, style: TextStyle, width: float, font: str = "") -> list[str]:
        """``text`` broken into lines no wider than ``width`` (measured once when it fits)."""
        font = font or style.font
        if not text or stringWidth(text, font, style.size) <= width:
            return [text]
        return simpleSplit(text, font, style.size, width) or [text]

    def paragraph(self, x: float, top: float, text: str, style: TextStyle, width: float,
                  align: str = "left", font: str = "") -> float:
        """Wrapped plain text from ``top`` down; returns the height used."""
        lines = self.wrap(text, style, width, font)
        baseline = style.first_baseline(top)
        anchor = x + width if align == "right" else x
        for line in lines:
            self.text(anchor, baseline, line, style, align, font)
            baseline -= style.leading
        return len(lines) * style.leading

    # --- graphics -------------------------------------------------------------------------

    def _fill_with(self, color: colors.Color) -> None:
        if self._fill is not color:
            self.canvas.setFillColor(color)
            self._fill = color

    def _stroke_with(self, color: colors.Color, line_width: float) -> None:
        if self._stroke is not color:
            self.canvas.setStrokeColor(color)
            self._stroke = color
        if self._line_width != line_width:
            self.canvas.setLineWidth(line_width)
            self._line_width = line_width

    def fill(self, x: float, y: float, width: float, height: float, color: colors.Color) -> None:
        """A filled rectangle without border (a background), under the page's text."""
        self._fill_with(color)
        self.canvas.rect(x, y, width, height, stroke=0, fill=1)

    def frame(self, x: float, y: float, width: float, height: float, color: colors.Color, line_width: float) -> None:
        """A rectangle's border."""
        self._stroke_with(color, line_width)
        self.canvas.rect(x, y, width, height, stroke=1, fill=0)

    def rule(self, x1: float, y: float, x2: float, color: colors.Color, line_width: float) -> None:
        """A horizontal line."""
        self._stroke_with(color, line_width)
        self.canvas.line(x1, y, x2, y)

    def grid(self, xs: list[float], ys: list[float], color: colors.Color, line_width: float) -> None:
        """The lines of a table: verticals at ``xs``, horizontals at ``ys``."""
        self._stroke_with(color, line_width)
        self.canvas.grid(xs, ys)

    # --- pages ----------------------------------------------------------------------------

    def end_page(self) -> None:
        """Draw the page's text over its graphics, let the owner add its footer, show the page."""
        self.on_page_end(self)
        if self._text is not None:
            self.canvas.drawText(self._text)
            self._text = None
        self.canvas.showPage()
        self._fill = self._stroke = self._line_width = None  # a new page starts from the default state
