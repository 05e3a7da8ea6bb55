"""Reusable widgets: lazy grids with sort, filter and export; validated fields."""
