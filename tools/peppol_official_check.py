"""Run the OFFICIAL validation artefacts of EN 16931 and Peppol BIS Billing 3.0 on UBL files,
next to Atelier's own validator, and compare the rule ids each reports.

The artefacts are not part of Atelier; give the paths of local copies:

- ``--cen DIR``: the ConnectingEurope/eInvoicing-EN16931 repository (its
  ``ubl/xslt/EN16931-UBL-validation.xslt`` is used as published);
- ``--peppol DIR``: the OpenPEPPOL/peppol-bis-invoice-3 repository (its Schematron
  ``rules/sch/PEPPOL-EN16931-UBL.sch`` is compiled to XSLT);
- ``--schxslt DIR``: the schxslt/schxslt repository (``core/src/main/resources/xslt/2.0``,
  the Schematron compiler used for the Peppol rules).

Needs ``saxonche`` (Saxon-HE for Python; ``pip install saxonche``, not an Atelier
dependency). Usage::

    python tools/peppol_official_check.py --cen CEN --peppol PEPPOL --schxslt SCHXSLT FILE_OR_DIR...

Prints, per file, the failed assertions of each artefact (id and flag) and whether
Atelier's validator reports the same fatal rule ids. Exit code 0 when every file passes the
official artefacts without fatal error (``--expect-errors``: when each file's fatal ids
from Atelier are all among the official ones), 1 otherwise, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

SVRL = "{http://purl.oclc.org/dsdl/svrl}"
# Atelier's own ids for what the official artefacts leave to the XML schema.
STRUCTURE_IDS = {"UBL-STRUCTURE", "UBL-ORDER", "UBL-CARDINALITY", "UBL-ATTRIBUTE", "UBL-XML"}


def compile_schematron(processor, schxslt: Path, schematron: Path, out: Path) -> Path:
    """Compile a Schematron file into an XSLT file with SchXslt's XSLT 2.0 pipeline."""
    pipeline = schxslt / "core/src/main/resources/xslt/2.0/pipeline-for-svrl.xsl"
    if not pipeline.exists():
        raise SystemExit(f"not found: {pipeline}")
    xslt = processor.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(pipeline))
    xslt.transform_to_file(source_file=str(schematron), output_file=str(out))
    return out


def failed_asserts(svrl: str) -> list[tuple[str, str, str]]:
    """(id, flag, text) of every failed assertion of an SVRL report."""
    root = ET.fromstring(svrl)
    found = []
    for element in root.iter():
        if element.tag in (f"{SVRL}failed-assert", f"{SVRL}successful-report"):
            text = " ".join((element.findtext(f"{SVRL}text") or "").split())
            found.append((element.get("id") or "?", element.get("flag") or "fatal", text))
    return found


def main(argv: list[str] | None = None) -> int:
    """Check every file given (directories: their ``*.xml``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cen", type=Path, required=True)
    parser.add_argument("--peppol", type=Path, required=True)
    parser.add_argument("--schxslt", type=Path, required=True)
    parser.add_argument("--expect-errors", action="store_true",
                        help="the files are broken on purpose: compare the rule ids instead")
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    try:
        from saxonche import PySaxonProcessor
    except ImportError:
        print("saxonche is not installed (pip install saxonche)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from app.core.peppol.validation import validate_ubl

    files = [f for p in args.paths for f in (sorted(p.glob("*.xml")) if p.is_dir() else [p])]
    if not files:
        print("no XML file given", file=sys.stderr)
        return 2
    cen_xslt = args.cen / "ubl/xslt/EN16931-UBL-validation.xslt"
    peppol_sch = args.peppol / "rules/sch/PEPPOL-EN16931-UBL.sch"
    for needed in (cen_xslt, peppol_sch):
        if not needed.exists():
            print(f"not found: {needed}", file=sys.stderr)
            return 2
    ok = True
    with PySaxonProcessor(license=False) as processor, tempfile.TemporaryDirectory() as scratch:
        peppol_xslt = compile_schematron(processor, args.schxslt, peppol_sch, Path(scratch) / "peppol.xslt")
        xslt30 = processor.new_xslt30_processor()
        executables = {"EN16931": xslt30.compile_stylesheet(stylesheet_file=str(cen_xslt)),
                       "PEPPOL": xslt30.compile_stylesheet(stylesheet_file=str(peppol_xslt))}
        for path in files:
            official: list[tuple[str, str, str]] = []
            for name, executable in executables.items():
                asserts = failed_asserts(executable.transform_to_string(source_file=str(path.resolve())))
                official += asserts
                for rule_id, flag, text in asserts:
                    print(f"{path.name}\t{name}\t{flag}\t{rule_id}\t{text[:140]}")
            official_fatal = {rule_id for rule_id, flag, _ in official if flag == "fatal"}
            ours = validate_ubl(path.read_bytes()).rule_ids
            print(f"{path.name}\tofficial fatal: {sorted(official_fatal) or '-'}\tAtelier: {sorted(ours) or '-'}")
            if args.expect_errors:
                missed = (ours - STRUCTURE_IDS) - official_fatal
                if not ours or missed:
                    ok = False
                    print(f"{path.name}\tMISMATCH: Atelier reports {sorted(missed)} the artefacts do not"
                          if missed else f"{path.name}\tMISMATCH: Atelier reports nothing")
            elif official_fatal or ours:
                ok = False
    print("all files as expected" if ok else "differences found")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
