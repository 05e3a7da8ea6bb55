"""GUI of the platform: login, main window pieces, administration."""
