"""Console output that cannot fail on a character the console's code page lacks.

A Windows console or a redirected output (``atelier-cli db upgrade > log.txt``) may use
cp1252 or cp850, which have no "→" or "€"-less variants of some characters: printing
them raised UnicodeEncodeError and failed the command after its work was done. The
streams keep their encoding (what the reader expects) and replace what it cannot show.
"""

from __future__ import annotations

import sys


def make_output_tolerant() -> None:
    """Reconfigure stdout and stderr to replace unencodable characters (``?``)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None under a windowed exe
        if reconfigure is not None and getattr(stream, "errors", "") == "strict":
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # a stream already written to in a special way
                pass
