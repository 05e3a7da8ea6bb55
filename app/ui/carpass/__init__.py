"""GUI of the carpass module."""
