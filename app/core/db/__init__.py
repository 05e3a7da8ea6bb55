"""Persistence: SQLAlchemy base, column types, engine set-up and migrations."""
