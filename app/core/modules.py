"""The business modules, in tab order: what the core knows of each (models, demo data).

One typed tuple per layer describes the modules — this one for the core,
:data:`app.ui.modules.UI_MODULES` for the screens, :data:`app.cli.main.COMMAND_GROUPS` for
the command line — all keyed by :class:`ModuleKey`. Each entry imports its module inside a
function: nothing is found by string at run time, import-linter sees every arrow, and a
module costs nothing until it is used (see docs/decisions/module-registry.md).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import MetaData

    from app.core.db.engine import Database
    from app.core.progress import Progress


class ModuleKey(StrEnum):
    """The business modules; the value names their package in every layer."""

    CARPASS = "carpass"
    CONTROLS = "controls"
    RENTAL = "rental"


@dataclass(frozen=True)
class CoreModule:
    """A business module as the core sees it."""

    key: ModuleKey
    load_models: Callable[[], None]
    populate_demo: Callable[[Database, random.Random, int], Iterator[Progress]]


def _carpass_models() -> None:
    import app.core.carpass.models
    import app.core.carpass.sending.models  # noqa: F401


def _carpass_demo(database: Database, rng: random.Random, scale: int) -> Iterator[Progress]:
    from app.core.carpass.demo import populate

    return populate(database, rng, scale)


def _controls_models() -> None:
    import app.core.controls.models  # noqa: F401


def _controls_demo(database: Database, rng: random.Random, scale: int) -> Iterator[Progress]:
    from app.core.controls.demo import populate

    return populate(database, rng, scale)


def _rental_models() -> None:
    import app.core.rental.einvoicing.models
    import app.core.rental.invoicing.models
    import app.core.rental.models  # noqa: F401


def _rental_demo(database: Database, rng: random.Random, scale: int) -> Iterator[Progress]:
    from app.core.rental.demo import populate

    return populate(database, rng, scale)


CORE_MODULES: tuple[CoreModule, ...] = (
    CoreModule(ModuleKey.CARPASS, _carpass_models, _carpass_demo),
    CoreModule(ModuleKey.CONTROLS, _controls_models, _controls_demo),
    CoreModule(ModuleKey.RENTAL, _rental_models, _rental_demo),
)
MODULE_KEYS: tuple[ModuleKey, ...] = tuple(module.key for module in CORE_MODULES)


def load_all_models() -> MetaData:
    """Import the platform's and every module's models; the shared metadata describes the
    whole schema (alembic's target, the schema tests)."""
    import app.core.ledger.models  # noqa: F401
    import app.core.platform.models  # noqa: F401
    from app.core.db.base import Base

    for module in CORE_MODULES:
        module.load_models()
    return Base.metadata
