"""Allows ``python -m app``: the same entry point as the ``atelier`` script."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
