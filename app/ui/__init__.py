"""PySide6 presentation of the core: windows, dialogs, views and table models."""
