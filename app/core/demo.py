"""Demo data for ``atelier --demo`` and the benchmarks: the demo company, then every
module's data (same generator, scaled)."""

from __future__ import annotations

import random
from collections.abc import Collection, Iterator

from app.core.db.engine import Database
from app.core.i18n import msg
from app.core.modules import CORE_MODULES
from app.core.platform.demo import populate_platform
from app.core.platform.setup import is_set_up
from app.core.progress import Progress


def populate_demo(database: Database, scale: int = 1, seed: int = 2026,
                  modules: Collection[str] | None = None) -> Iterator[Progress]:
    """Fill an empty database with a company, two sites, users and every module's data.

    ``scale`` multiplies the module data (the benchmarks use large scales); ``modules``
    limits the data to those module keys. Does nothing on a database that is already set up.
    """
    if is_set_up(database):
        return
    yield Progress(0, 0, msg("demo", "Création de la société de démonstration…"))
    populate_platform(database)
    rng = random.Random(seed)
    for module in CORE_MODULES:
        if modules is not None and module.key not in modules:
            continue
        yield from module.populate_demo(database, rng, scale)
