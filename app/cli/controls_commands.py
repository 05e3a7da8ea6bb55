"""``atelier controls``: the VZSHE catalogue, and a site's values (export, import, set, history)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.context import CliContext
from app.cli.groups import command_group
from app.core.controls.catalogue import FieldDef, LocalizedText, current_language, load_catalogue
from app.core.controls.field_validators import describe_allowed, display_value
from app.core.controls.site_transfer import export_values, import_values
from app.core.controls.values_service import SaveResult, field_history, read_page, set_value
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.platform.sites import find_site_by_code
from app.core.timeutil import format_local


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``controls schema|export|import|set|history`` to the CLI."""
    group = command_group(commands, "controls", "vehicle-trade controls VZSHE10..VZSHE70")
    schema = group.add_parser("schema", help="the catalogue of pages and fields")
    schema.add_argument("--format", choices=("text", "json"), default="text")
    schema.set_defaults(handler=schema_command)
    export = group.add_parser("export", help="a site's values as JSON (stdout or --output)")
    export.add_argument("--site", dest="site_code", help="site code (admins: any site; default: own site)")
    export.add_argument("--output", help="write to this file instead of stdout")
    export.set_defaults(handler=export_command)
    importer = group.add_parser("import", help="load an exported JSON file into your site (admin, all or nothing)")
    importer.add_argument("file")
    importer.set_defaults(handler=import_command)
    setter = group.add_parser("set", help="change one value of your site (admin); repeated keys end .N/.V/.G/.A "
                              "or .lower/.upper")
    setter.add_argument("key")
    setter.add_argument("value")
    setter.set_defaults(handler=set_command)
    history = group.add_parser("history", help="saved changes of a field on your site (admin)")
    history.add_argument("key")
    history.set_defaults(handler=history_command)


def _title(text: LocalizedText, language: str) -> str:
    return {"nl": text.nl, "en": text.en}.get(language) or text.text


def field_schema(definition: FieldDef) -> dict[str, Any]:
    """One field as ``controls schema --format json`` shows it."""
    data: dict[str, Any] = {
        "key": definition.key, "label_fr": definition.label.text, "label_nl": definition.label.nl,
        "label_en": definition.label.en, "type": definition.type, "length": definition.length,
    }
    if definition.allowed is not None:
        data["allowed"] = list(definition.allowed)
    if definition.type in ("integer", "decimal"):
        data["min"], data["max"] = definition.min, definition.max
        if definition.type == "decimal":
            data["decimals"] = definition.decimals
    data["repeat"] = list(definition.repeat) if definition.repeat else None
    data["default"] = definition.default
    data["source_heading"] = definition.source_heading
    data["help_fr"], data["help_en"] = definition.help.text, definition.help.en
    if definition.meanings:
        data["meanings"] = {value: {"fr": text.text, "en": text.en} for value, text in definition.meanings.items()}
    if definition.decision:
        data["decision"] = definition.decision
    if definition.type == "table":
        data["rows"] = definition.rows
        data["columns"] = [field_schema(column) for column in definition.columns]
    data["value_keys"] = definition.value_keys()
    return data


def catalogue_schema(language: str = "fr") -> dict[str, Any]:
    """The whole catalogue as JSON: pages in the manual's order with fields and rules."""
    catalogue = load_catalogue()
    return {"pages": [{
        "id": page.id, "number": page.number, "title": _title(page.title, language),
        "title_fr": page.title.text, "title_nl": page.title.nl, "title_en": page.title.en,
        "fields": [field_schema(f) for f in page.fields],
        "rules": [{"id": r.id, "fields": list(r.fields), "severity": r.severity,
                   "description_fr": r.description.text, "description_en": r.description.en} for r in page.rules],
    } for page in catalogue.pages]}


def schema_command(ctx: CliContext, args) -> int:
    """Print the catalogue (text table or JSON)."""
    language = current_language(ctx.translate)
    if args.format == "json":
        ctx.print(json.dumps(catalogue_schema(language), ensure_ascii=False, indent=2))
        return 0
    for page in load_catalogue().pages:
        ctx.print(f"{page.id} ({page.number}) — {_title(page.title, language)}")
        for definition in page.fields:
            keys = ", ".join(definition.value_keys()) if definition.type != "table" else \
                f"{definition.key}.<1..{definition.rows}>.<{'|'.join(c.key for c in definition.columns)}>"
            ctx.print(f"  {keys:<60} {definition.type:<9} {ctx.text(describe_allowed(definition)):<22} "
                      f"{_title(definition.label, language)}")
        ctx.print()
    return 0


def export_command(ctx: CliContext, args) -> int:
    """Write a site's values as JSON."""
    scope = ctx.scope()
    site_id = find_site_by_code(ctx.database, scope, args.site_code).id if args.site_code else None
    text = json.dumps(export_values(ctx.database, scope, site_id), ensure_ascii=False, indent=2)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        ctx.print(text)
    return 0


def _report(ctx: CliContext, result: SaveResult) -> None:
    catalogue = load_catalogue()
    for warning in result.warnings:
        slot = catalogue.slot(warning.key)
        field = slot.label() if slot is not None else warning.key  # the field's name, not its storage key
        ctx.print(ctx.text(msg("controls", "attention : {field} : {reason}", field=field, reason=warning.reason)))


def import_command(ctx: CliContext, args) -> int:
    """Load a JSON export into the user's site (all or nothing)."""
    scope = ctx.scope()
    try:
        document = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError("file", msg("controls", "fichier illisible : {detail}", detail=str(exc))) from None
    except ValueError as exc:
        raise ValidationError("file", msg("controls", "JSON invalide : {detail}", detail=str(exc))) from None
    result = import_values(ctx.database, scope, document)
    _report(ctx, result)
    ctx.print(ctx.text(msg("controls", "Import terminé sur le site {site} : {n} valeur(s) modifiée(s).",
                           site=scope.site_code, n=len(result.changed))))
    return 0


def set_command(ctx: CliContext, args) -> int:
    """Change one value; a refused value exits 2 naming the field and the reason."""
    scope = ctx.scope()
    result = set_value(ctx.database, scope, args.key, args.value)
    _report(ctx, result)
    slot = load_catalogue().slot(args.key)
    stored = read_page(ctx.database, scope, slot.page.id).values[slot.key]
    ctx.print(f"{slot.page.id} {slot.key} = {display_value(slot.validator_field, stored) or '-'}")
    return 0


def history_command(ctx: CliContext, args) -> int:
    """Print a field's saved changes, newest first."""
    for change in field_history(ctx.database, ctx.scope(), args.key):
        ctx.print(f"{format_local(change.changed_at)}  {change.changed_by:<16} {change.key}: "
                  f"{change.old_value or '-'} → {change.new_value or '-'}  ({change.origin})")
    return 0
