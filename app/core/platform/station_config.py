"""Machine-wide connection settings that IT deploys on the PCs, above each user's own.

Read from the registry (``HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Atelier\\Atelier``, values
``DatabaseHost``, ``DatabasePort``, ``DatabaseName``, ``DatabaseSslMode``: a group policy can
push them) or from a file only administrators may write:
``%ProgramData%\\Atelier\\atelier.ini`` on Windows, ``/etc/atelier/atelier.ini`` on Linux
(``ATELIER_MACHINE_CONFIG`` names another file)::

    [database]
    host = dbserver.garage.local
    port = 5432
    name = atelier
    sslmode = require

A station keeps no database password: a setting with a user name or a password is refused.
"""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path
from urllib.parse import quote

from app.core.errors import ValidationError
from app.core.i18n import msg

MACHINE_CONFIG_ENV = "ATELIER_MACHINE_CONFIG"
REGISTRY_KEY = r"SOFTWARE\Policies\Atelier\Atelier"
FORBIDDEN = ("user", "password", "url")


def machine_config_path() -> Path:
    """Where the machine-wide file is looked for on this PC."""
    override = os.environ.get(MACHINE_CONFIG_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":  # pragma: no cover - Windows stations
        return Path(os.environ.get("ProgramData", r"C:\ProgramData")) / "Atelier" / "atelier.ini"
    return Path("/etc/atelier/atelier.ini")


def connection_url(host: str, port: int | str | None, name: str, sslmode: str = "") -> str:
    """The URL of a shared database from its three parts (no user, no password)."""
    host = host.strip()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    port_text = str(port or "").strip()
    port_part = f":{int(port_text)}" if port_text else ""
    query = f"?sslmode={quote(sslmode.strip())}" if sslmode.strip() else ""
    return f"postgresql://{host}{port_part}/{quote(name.strip(), safe='')}{query}"


def _from_registry() -> dict[str, str]:  # pragma: no cover - Windows stations
    if sys.platform != "win32" or os.environ.get(MACHINE_CONFIG_ENV):
        return {}
    import winreg

    values = {}
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY) as key:
            for field, name in (("host", "DatabaseHost"), ("port", "DatabasePort"), ("name", "DatabaseName"),
                                ("sslmode", "DatabaseSslMode"), ("user", "DatabaseUser"),
                                ("password", "DatabasePassword")):
                try:
                    values[field] = str(winreg.QueryValueEx(key, name)[0])
                except OSError:
                    pass
    except OSError:
        return {}
    return values


def _from_file(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser()
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
    except FileNotFoundError:
        return {}
    except (OSError, configparser.Error, UnicodeDecodeError) as exc:
        raise ValidationError("database", msg("config", "réglages du poste illisibles ({path}) : {reason}",
                                              path=str(path), reason=str(exc).splitlines()[0])) from None
    return dict(parser["database"]) if parser.has_section("database") else {}


def machine_database_url() -> str | None:
    """The shared database IT set for this machine, or None when IT set none."""
    values = _from_registry()
    source = REGISTRY_KEY
    if not values:
        path = machine_config_path()
        values, source = _from_file(path), str(path)
    if not values:
        return None
    given = [key for key in FORBIDDEN if values.get(key, "").strip()]
    if given:
        raise ValidationError("database", msg("config", "les réglages du poste ({path}) contiennent {keys} : un poste "
                                                        "ne garde ni utilisateur ni mot de passe de base de données "
                                                        "(chaque utilisateur se connecte avec le sien) ; retirez-les",
                                              path=source, keys=", ".join(given)))
    if not values.get("host", "").strip() or not values.get("name", "").strip():
        raise ValidationError("database", msg("config", "les réglages du poste ({path}) doivent donner host et "
                                                        "name de la base partagée", path=source))
    port = values.get("port", "").strip()
    if port and not (port.isdigit() and 0 < int(port) < 65536):
        raise ValidationError("database", msg("config", "les réglages du poste ({path}) : port {port} invalide",
                                              path=source, port=port))
    return connection_url(values["host"], port, values["name"], values.get("sslmode", ""))
