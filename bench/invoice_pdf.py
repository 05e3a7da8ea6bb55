"""PDF holding a contract's two invoices (PEC company + beneficiary), against a bare
reportlab document with the same text on the same number of pages (target: <= 1.5 x).

Data: ``atelier --demo``'s generator (rental module, scale 1) on SQLite; the first
returned PEC contract whose beneficiary owes something (the seed's example: fuel missing)
is invoiced through ``invoice_dossier``, giving two invoices. Atelier: the print action's
``dossier_invoices_pdf`` (loads both invoices from the database and renders them). Bare:
the text of Atelier's PDF (read back with pypdf), line by line, with the same embedded
DejaVu font, straight onto a reportlab canvas. Both in this process, interleaved; fonts
are registered once before timing (Atelier caches that too).

    .venv/bin/python bench/invoice_pdf.py [--quick]
"""

from __future__ import annotations

import io
import sys

import harness

TARGET = 1.5


def invoice_two(database, scope) -> int:
    """Invoice returned contracts until one gives two invoices; return its dossier id."""
    from sqlalchemy import select

    from app.core.rental.invoicing.invoicing import invoice_dossier
    from app.core.rental.models import RentalDossier

    with database.session() as session:
        candidates = list(session.scalars(select(RentalDossier.id).where(
            RentalDossier.site_id == scope.site_id, RentalDossier.is_pec.is_(True),
            RentalDossier.actual_return.is_not(None), RentalDossier.fuel_in < RentalDossier.fuel_out)
            .order_by(RentalDossier.id)))
    for dossier_id in candidates:
        if len(invoice_dossier(database, scope, dossier_id)) == 2:
            return dossier_id
    raise RuntimeError("the rental demo data has no returned PEC contract with something owed by the beneficiary")


def bare_pdf(pages: list[list[str]], font: str) -> bytes:
    """The same lines on the same number of A4 pages, with a bare reportlab canvas."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        pdf.setFont(font, 9)
        y = A4[1] - 40
        for line in lines:
            pdf.drawString(40, y, line)
            y -= 11.5
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def main() -> int:
    """Measure; print the figure; return the exit code."""
    options = harness.parse_options(__doc__.splitlines()[0])
    harness.require("rental invoicing PDF (app.core.rental.invoicing.printing)", "app.core.rental.demo",
                    "app.core.rental.invoicing.printing", "app.core.rental.invoicing.invoicing", "pypdf")
    harness.header("Two-invoice PDF vs a bare reportlab document with the same text", options)
    from pypdf import PdfReader

    from app.core.rental.invoicing.fonts import register_fonts
    from app.core.rental.invoicing.printing import dossier_invoices_pdf

    with harness.scratch_dir() as folder:
        harness.isolate_environment(folder)
        with harness.bench_database("sqlite", folder) as database:
            harness.populate_modules(database, 1, ("rental",))
            scope = harness.scope_of(database, "clerk.liege")
            dossier_id = invoice_two(database, scope)
            font = register_fonts()
            reference = dossier_invoices_pdf(database, scope, dossier_id)
            pages = [page.extract_text().splitlines() for page in PdfReader(io.BytesIO(reference)).pages]
            sizes = {}

            def run_atelier():
                sizes["atelier"] = len(dossier_invoices_pdf(database, scope, dossier_id))

            def run_bare():
                sizes["bare"] = len(bare_pdf(pages, font))

            timings = harness.interleaved({"atelier": run_atelier, "bare": run_bare}, options)
    check = PdfReader(io.BytesIO(bare_pdf(pages, font)))
    if len(check.pages) != len(pages):
        raise RuntimeError("the bare document does not have the same pages")
    for name, timing in timings.items():
        harness.info(f"{name:8s} {timing.describe()}, {sizes[name]:,} bytes")
    harness.info(f"{len(pages)} page(s), {sum(len(p) for p in pages)} text lines")
    atelier, bare = timings["atelier"].median, timings["bare"].median
    figure = harness.Figure("PDF with two invoices / bare reportlab document", atelier / bare, TARGET,
                            detail=f"{atelier * 1000:.0f} ms vs {bare * 1000:.0f} ms")
    return harness.finish([figure], options)


if __name__ == "__main__":
    sys.exit(main())
