"""GUI of the rental module."""
