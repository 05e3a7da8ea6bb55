"""Atelier: desktop client for the stations of Belgian car body shops."""

APP_NAME = "Atelier"
APP_BUILDER = "Atelier"
ORGANISATION = "Atelier"
__version__ = "0.1.0"
