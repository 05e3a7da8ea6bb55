"""Messages and catalogue texts follow the chosen language (CLI and core)."""

from __future__ import annotations


def test_reason_in_english(cli, sqlite_world):
    bad = cli(sqlite_world.db, "--lang", "en", "--user", "admin.a", "controls", "set", "other_items_mode", "9")
    assert bad.code == 2 and "Autres frais et produits par poste (en)" in bad.err


def test_gui_labels_and_reasons_in_dutch(qtbot, qapp, cat):
    from app.ui.controls.page_form import PageForm
    from app.ui.i18n import install_language

    install_language(qapp, "nl")
    try:
        form = PageForm(cat, cat.page("VZSHE10"), editable=True)
        qtbot.addWidget(form)
        form.load(cat.defaults(), 0)
        assert form.field_rows["other_items_mode"].text() == "Autres frais et produits par poste (nl)"
        form.inputs["reservation_max_days"].setText("0")
        form.revalidate()
        assert form.errors["reservation_max_days"].text() == "0 valt buiten de grenzen: van 1 tot 999"
        form.inputs["other_items_mode"].setText("9")
        form.revalidate()
        assert "toegelaten waarden: LEEG, 1, 2" in form.errors["other_items_mode"].text()
    finally:
        install_language(qapp, "fr")
