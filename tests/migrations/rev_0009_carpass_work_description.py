"""Rows of revision 0009_carpass_work_description (one catalogue descriptor, one described
dossier) and what must hold at head. Site 1 and dossier 1 come from earlier fixtures."""

from sqlalchemy import text

STAMP = "'2026-01-02 09:30:00'"


def populate(connection) -> None:
    """Insert one descriptor and one dossier activity with plain SQL."""
    connection.execute(text(
        "INSERT INTO carpass_activity (id, site_id, code, category_code, category_label_fr, category_label_nl,"
        " label_fr, label_nl, position, active, fetched_at) VALUES (1, 1, 'BODY-PAINT', 'BODY', 'Carrosserie',"
        f" 'Carrosserie', 'Peinture', 'Lakwerk', 1, true, {STAMP})"))
    connection.execute(text(
        "INSERT INTO carpass_dossier_activity (id, site_id, dossier_id, code, added_at, added_by)"
        f" VALUES (1, 1, 1, 'BODY-PAINT', {STAMP}, 'old.admin')"))


def check(connection) -> None:
    """Both rows survive every later revision."""
    assert connection.execute(text("SELECT label_nl FROM carpass_activity WHERE id = 1")).scalar() == "Lakwerk"
    assert connection.execute(text(
        "SELECT code FROM carpass_dossier_activity WHERE dossier_id = 1")).scalar() == "BODY-PAINT"
