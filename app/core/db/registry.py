"""Imports every module's models so that one MetaData describes the whole schema."""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from app.core.db.base import Base

MODEL_MODULES = (
    "app.core.platform.models",
    "app.core.carpass.models",
    "app.core.controls.models",
    "app.core.rental.models",
    "app.core.carpass.sending.models",
    "app.core.rental.invoicing.models",
    "app.core.rental.einvoicing.models",
)


def load_all_models() -> MetaData:
    """Import each module's models and return the shared metadata."""
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return Base.metadata
