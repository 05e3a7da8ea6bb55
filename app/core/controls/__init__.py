"""Vehicle-trade controls: the parameter pages VZSHE10..VZSHE70 of a dealer system."""
