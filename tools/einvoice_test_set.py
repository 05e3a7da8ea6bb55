"""Write the e-invoicing test set as UBL files, to check them with the official artefacts.

    python tools/einvoice_test_set.py OUT_DIR

Builds the test set of ``tests/rental/einvoicing/document_set.py`` in a scratch SQLite database,
writes every e-invoiced document to ``OUT_DIR/valid/`` and the deliberately broken variants
of ``tests/rental/einvoicing/broken_documents.py`` to ``OUT_DIR/broken/``, then::

    python tools/peppol_official_check.py --cen CEN --peppol PEPPOL --schxslt SCHXSLT OUT_DIR/valid
    python tools/peppol_official_check.py ... --expect-errors OUT_DIR/broken
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Write the files; exit 2 without an output folder."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head
    from app.core.peppol.ubl_writer import write_ubl
    from app.core.rental.einvoicing.invoice_document import build_document
    from app.core.rental.invoicing.models import Invoice
    from tests.factories import make_world
    from tests.rental.einvoicing.broken_documents import BROKEN, broken
    from tests.rental.einvoicing.document_set import build_test_set

    out = Path(args[0])
    (out / "valid").mkdir(parents=True, exist_ok=True)
    (out / "broken").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        database = Database(f"sqlite:///{Path(scratch, 'set.sqlite3').as_posix()}")
        upgrade_to_head(database)
        world = make_world(database)
        documents = build_test_set(database, world.company_id, world.clerk_a, world.site_b, world.clerk_b).documents
        with database.session() as session:
            for name, invoice_id in documents.items():
                invoice = session.get(Invoice, invoice_id)
                scope = world.clerk_a if invoice.site_id == world.site_a else world.clerk_b
                xml = write_ubl(build_document(session, scope, invoice))
                (out / "valid" / f"{name}.xml").write_bytes(xml)
                if name == "pec_single":
                    for broken_name in BROKEN:
                        (out / "broken" / f"{broken_name}.xml").write_bytes(broken(xml, broken_name))
        database.dispose()
    print(f"{len(documents)} valid and {len(BROKEN)} broken documents in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
