"""GUI of the controls module."""
