"""Command line: the same core as the GUI, without windows."""
