"""The per-layer module registries describe the same modules in the same order, and every
entry really builds what it names."""

from __future__ import annotations

import argparse

from app.cli.main import COMMAND_GROUPS
from app.core.modules import CORE_MODULES, MODULE_KEYS, ModuleKey, load_all_models
from app.ui.modules import UI_MODULES


def test_every_layer_lists_the_core_modules_in_order():
    assert MODULE_KEYS == tuple(ModuleKey)
    assert tuple(m.key for m in UI_MODULES) == MODULE_KEYS
    assert tuple(key for key, _register in COMMAND_GROUPS if key is not None) == MODULE_KEYS


def test_models_of_every_module_are_loaded():
    tables = set(load_all_models().tables)
    assert {"app_user", "dossier", "carpass_reading", "controls_value", "rental_dossier", "invoice"} <= tables


def test_each_module_registers_its_commands():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    for _key, register in COMMAND_GROUPS:
        register(commands)
    assert {"carpass", "dossiers", "controls", "rental", "user", "db"} <= set(commands.choices)


def test_every_module_has_demo_data(sqlite_db):
    from sqlalchemy import func, select

    from app.core.carpass.models import Dossier
    from app.core.demo import populate_demo
    from app.core.progress import run_to_end
    from app.core.rental.models import RentalDossier

    run_to_end(populate_demo(sqlite_db, modules=[ModuleKey.RENTAL]))
    with sqlite_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0
        assert session.scalar(select(func.count()).select_from(RentalDossier)) > 0
    assert len(CORE_MODULES) == 3
