"""Tables of this module (filled by its issue)."""
